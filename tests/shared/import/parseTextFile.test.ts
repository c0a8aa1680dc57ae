import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { fileExtension } from '../../../src/shared/import/fileExtension'
import { parseFile } from '../../../src/shared/import/parseFile'

const picked = (name: string, content: string | Uint8Array) => {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content
  return { name, size: bytes.length, bytes }
}

describe('fileExtension', () => {
  it('returns the last extension in lower case with its dot', () => {
    expect(fileExtension('a.b.TXT')).toBe('.txt')
    expect(fileExtension('noext')).toBe('')
    expect(fileExtension('.txt')).toBe('')
  })
})

describe('parseFile on plain text', () => {
  it('imports a text file as one article titled by its headline', async () => {
    const outcome = await parseFile(
      picked('x.txt', 'Big headline\r\n\r\nFirst line\r\nwrapped.\r\n'),
    )
    expect(outcome.ok).toBe(true)
    if (!outcome.ok || outcome.kind !== 'articles') throw new Error('expected articles')
    expect(outcome.articles.map((a) => [a.title, a.text])).toEqual([
      ['Big headline', 'Big headline\n\nFirst line wrapped.'],
    ])
  })

  it('reads an upper-case extension like a lower-case one', async () => {
    const outcome = await parseFile(picked('STORY.TXT', 'Headline\n\nBody.'))
    expect(outcome.ok).toBe(true)
  })

  it('titles a file whose first paragraph is long with its name without extension', async () => {
    const outcome = await parseFile(
      picked('council-report.final.txt', `${'word '.repeat(80)}\n\nMore.`),
    )
    if (!outcome.ok || outcome.kind !== 'articles') throw new Error('expected articles')
    expect(outcome.articles[0]?.title).toBe('council-report.final')
    expect(outcome.articles[0]?.text.startsWith('word word')).toBe(true)
  })

  it('says when a .txt file is really a PDF', async () => {
    const outcome = await parseFile(picked('x.txt', '%PDF-1.4'))
    expect(outcome).toEqual({ ok: false, error: '“x.txt” looks like a PDF file, not text.' })
  })

  it('refuses a file with nothing left after normalisation', async () => {
    // A stray DEL among spaces is too rare to look binary, and normalisation removes it.
    const outcome = await parseFile(picked('x.txt', `${' '.repeat(100)}\u007f\n`))
    expect(outcome.ok).toBe(false)
    expect(!outcome.ok && outcome.error).toMatch(/“x\.txt” has no text/)
  })

  it('imports the Mayorkas article with its headline first', async () => {
    const bytes = new Uint8Array(
      readFileSync(
        new URL('../../../../shared/corpus/mayorkas-ice-sanctuary.txt', import.meta.url),
      ),
    )
    const outcome = await parseFile(picked('mayorkas-ice-sanctuary.txt', bytes))
    if (!outcome.ok || outcome.kind !== 'articles') throw new Error('expected articles')
    const [article] = outcome.articles
    expect(article?.title).toBe(
      'DHS secretary won’t abolish ICE, now planning action against sanctuary cities that refuse to work with agency',
    )
    expect(article?.text.startsWith(article.title)).toBe(true)
    expect(article?.text).toContain('I’m 100 percent opposed to the abolition of ICE')
  })
})
