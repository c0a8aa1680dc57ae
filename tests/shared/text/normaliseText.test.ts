import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { normaliseText } from '../../../src/shared/text/normaliseText'

const corpus = (name: string): string =>
  readFileSync(new URL(`../../../../shared/corpus/${name}`, import.meta.url), 'utf8')

describe('normaliseText', () => {
  it('strips a leading byte-order mark', () => {
    expect(normaliseText('\ufeffHeadline')).toBe('Headline')
  })

  it('splits paragraphs on blank lines and joins them with exactly one blank line', () => {
    expect(normaliseText('One\n\n\n\nTwo\r\n\r\nThree\r\rFour')).toBe('One\n\nTwo\n\nThree\n\nFour')
  })

  it('treats a line of only spaces, tabs or NBSP as blank', () => {
    expect(normaliseText('One\n \t\u00a0 \nTwo')).toBe('One\n\nTwo')
  })

  it('joins hard-wrapped lines of a paragraph with a single space', () => {
    expect(normaliseText('The secretary said  \n   the agency\r\nwould stay.')).toBe(
      'The secretary said the agency would stay.',
    )
  })

  it('keeps curly quotes, em dashes, NBSP and double spaces inside a line', () => {
    const line = '“I’m opposed” — Mayorkas\u00a0said,  twice'
    expect(normaliseText(line)).toBe(line)
  })

  it('trims paragraphs and drops empty ones so the text never starts or ends with whitespace', () => {
    expect(normaliseText('\n\n  \u00a0Head  \n\n\n \n  Body\u00a0 \n\n')).toBe('Head\n\nBody')
  })

  it('turns tabs into spaces and removes other control characters', () => {
    expect(normaliseText('a\tb\u0000c\u0007d\u000be\u007ff')).toBe('a bcdef')
  })

  it('treats a form feed between pages as removed, not as a paragraph break', () => {
    expect(normaliseText('end of page\u000c\nnext line')).toBe('end of page next line')
  })

  it('treats the Unicode paragraph and line separators as a blank line and a line break', () => {
    expect(normaliseText('One\u2029Two\u2028wrapped')).toBe('One\n\nTwo wrapped')
  })

  it('returns an empty string for text with no visible characters', () => {
    expect(normaliseText(' \n\t\r\n\u00a0\u0001')).toBe('')
  })

  it('is idempotent', () => {
    const raw = corpus('mayorkas-ice-sanctuary.txt')
    const once = normaliseText(raw)
    expect(normaliseText(once)).toBe(once)
  })

  describe('on the Mayorkas article', () => {
    const raw = corpus('mayorkas-ice-sanctuary.txt')
    const text = normaliseText(raw)

    it('keeps every non-blank line as its own paragraph, in order', () => {
      const expected = raw
        .split(/\r?\n/)
        .filter((line) => line.trim().length > 0)
        .map((line) => line.trim())
      expect(text.split('\n\n')).toEqual(expected)
    })

    it('contains "\\n" only in paragraph separators', () => {
      expect(text.replace(/\n\n/g, '')).not.toContain('\n')
      expect(text).toBe(text.trim())
    })

    it('keeps every curly quote, em dash and NBSP', () => {
      for (const ch of ['“', '”', '‘', '’', '—', '\u00a0']) {
        const count = (s: string): number => s.split(ch).length - 1
        expect(count(text)).toBe(count(raw))
        expect(count(text)).toBeGreaterThan(0)
      }
    })

    it('contains the sentence about the abolition of ICE', () => {
      expect(text).toContain('I’m 100 percent opposed to the abolition of ICE')
    })
  })
})
