import { describe, expect, it } from 'vitest'
import { hyphenContext, joinLine } from '../../../../src/shared/import/pdf/lineEndHyphens'

const unmarked = { words: new Set<string>(), insertedHyphensMarked: false }
const marked = { words: new Set<string>(), insertedHyphensMarked: true }

describe('joinLine', () => {
  it('joins other lines with one space', () => {
    expect(joinLine('', 'First line', unmarked)).toBe('First line')
    expect(joinLine('said the', 'secretary.', unmarked)).toBe('said the secretary.')
    // A dash after a space is punctuation, not a broken word.
    expect(joinLine('the pro-', 'and anti-Brexit camps', unmarked)).toBe(
      'the proand anti-Brexit camps',
    )
    expect(joinLine('the pro -', 'and anti camps', unmarked)).toBe('the pro - and anti camps')
  })

  it('closes up a word broken by a soft hyphen or by U+2010, as Chromium prints them', () => {
    expect(joinLine('a hard\u00ad', 'er stance', marked)).toBe('a harder stance')
    expect(joinLine('a hard\u2010', 'er stance', marked)).toBe('a harder stance')
    expect(joinLine('WASH\u2010', 'INGTON, DC', marked)).toBe('WASHINGTON, DC')
  })

  it('closes up a plain "-" before a lower-case letter unless the producer marks its own', () => {
    expect(joinLine('an inter-', 'national deal', unmarked)).toBe('an international deal')
    expect(joinLine('the immigrant-', 'rights groups', marked)).toBe('the immigrant-rights groups')
  })

  it('keeps a hyphen before a digit or between a small letter and a capital', () => {
    expect(joinLine('for COVID-', '19 purposes', unmarked)).toBe('for COVID-19 purposes')
    expect(joinLine('an anti-', 'Brexit march', unmarked)).toBe('an anti-Brexit march')
    expect(joinLine('an anti\u2010', 'Brexit march', unmarked)).toBe('an anti\u2010Brexit march')
  })

  it('follows the document’s own spelling of the word first', () => {
    const compound = { words: new Set(['immigrant-rights']), insertedHyphensMarked: false }
    expect(joinLine('the “immigrant-', 'rights” groups', compound)).toBe(
      'the “immigrant-rights” groups',
    )
    const closed = { words: new Set(['cooperate']), insertedHyphensMarked: true }
    expect(joinLine('they will co-', 'operate', closed)).toBe('they will cooperate')
    expect(joinLine('they will co\u2010', 'operate', closed)).toBe('they will cooperate')
  })
})

describe('hyphenContext', () => {
  it('collects whole words only, never the halves of a broken one', () => {
    const context = hyphenContext(
      ['The “Immigrant‐Rights” groups met inter-', 'national teams.'],
      false,
    )
    expect([...context.words].sort()).toEqual(['groups', 'immigrant-rights', 'met', 'teams', 'the'])
  })

  it('sees that the producer marks its hyphens from a line ending in U+2010 or U+00AD', () => {
    expect(hyphenContext(['a hard-', 'er one'], false).insertedHyphensMarked).toBe(false)
    expect(hyphenContext(['a hard\u2010', 'er one'], false).insertedHyphensMarked).toBe(true)
    expect(hyphenContext(['a hard\u00ad', 'er one'], false).insertedHyphensMarked).toBe(true)
    expect(hyphenContext(['a line'], true).insertedHyphensMarked).toBe(true)
  })
})
