import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { fileExtension, findImporter, importFile } from '../../../src/shared/import/importers'
import { textImporter } from '../../../src/shared/import/textImporter'

const picked = (name: string, content: string | Uint8Array) => {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content
  return { name, size: bytes.length, bytes }
}

describe('findImporter', () => {
  it('finds the text importer by extension, in any case', () => {
    expect(findImporter('story.txt')).toBe(textImporter)
    expect(findImporter('STORY.TXT')).toBe(textImporter)
  })

  it('returns null for other or missing extensions', () => {
    expect(findImporter('story.pdf')).toBeNull()
    expect(findImporter('README')).toBeNull()
    expect(findImporter('.txt')).toBeNull()
  })
})

describe('fileExtension', () => {
  it('returns the last extension in lower case with its dot', () => {
    expect(fileExtension('a.b.TXT')).toBe('.txt')
    expect(fileExtension('noext')).toBe('')
  })
})

describe('importFile', () => {
  it('imports a text file as one article titled by its headline', () => {
    const outcome = importFile(picked('x.txt', 'Big headline\r\n\r\nFirst line\r\nwrapped.\r\n'))
    expect(outcome).toEqual({
      ok: true,
      articles: [{ title: 'Big headline', text: 'Big headline\n\nFirst line wrapped.' }],
      encoding: 'utf-8',
    })
  })

  it('titles a file whose first paragraph is long with its name without extension', () => {
    const outcome = importFile(picked('council-report.final.txt', `${'word '.repeat(80)}\n\nMore.`))
    expect(outcome.ok && outcome.articles[0]?.title).toBe('council-report.final')
    expect(outcome.ok && outcome.articles[0]?.text.startsWith('word word')).toBe(true)
  })

  it('names the supported extensions for an unsupported file type', () => {
    expect(importFile(picked('story.docx', 'PK'))).toEqual({
      ok: false,
      error: '“story.docx” is not a supported file type. Supported: .txt.',
    })
  })

  it('passes on the decoder’s message for a file that is not text', () => {
    expect(importFile(picked('x.txt', '%PDF-1.4'))).toEqual({
      ok: false,
      error: '“x.txt” looks like a PDF file, not text.',
    })
  })

  it('refuses a file with nothing left after normalisation', () => {
    // A stray DEL among spaces is too rare to look binary, and normalisation removes it.
    expect(importFile(picked('x.txt', `${' '.repeat(100)}\u007f\n`))).toEqual({
      ok: false,
      error: '“x.txt” has no text.',
    })
  })

  it('imports the Mayorkas article with its headline first', () => {
    const bytes = new Uint8Array(
      readFileSync(
        new URL('../../../../shared/corpus/mayorkas-ice-sanctuary.txt', import.meta.url),
      ),
    )
    const outcome = importFile(picked('mayorkas-ice-sanctuary.txt', bytes))
    expect(outcome.ok).toBe(true)
    if (!outcome.ok) return
    const [article] = outcome.articles
    expect(article?.title).toBe(
      'DHS secretary won’t abolish ICE, now planning action against sanctuary cities that refuse to work with agency',
    )
    expect(article?.text.startsWith(article.title)).toBe(true)
    expect(article?.text).toContain('I’m 100 percent opposed to the abolition of ICE')
  })
})
