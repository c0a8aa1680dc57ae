import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { ImportedArticle } from '../../../../src/shared/import/importTypes'
import { parseFile } from '../../../../src/shared/import/parseFile'
import { normaliseText } from '../../../../src/shared/text/normaliseText'

// PDFs printed by Chromium from the shared corpus (scripts/makePdfFixtures.mjs), read in Node
// with pdf.js's legacy build; tests/e2e/importFormats.spec.ts reads the same files in the app.
const CORPUS = '../shared/corpus/'
const words = (text: string): string[] => text.split(/\s+/).filter((w) => w !== '')

async function importPdf(name: string): Promise<ImportedArticle> {
  const bytes = new Uint8Array(readFileSync(`tests/fixtures/pdf/${name}`))
  const outcome = await parseFile({ name, size: bytes.length, bytes })
  if (!outcome.ok || outcome.kind !== 'articles') throw new Error(JSON.stringify(outcome))
  return outcome.articles[0]!
}

describe('a justified, hyphenated print of the Mayorkas article', () => {
  const source = normaliseText(readFileSync(`${CORPUS}mayorkas-ice-sanctuary.txt`, 'utf8'))
  const headline = source.slice(0, source.indexOf('\n\n'))

  it('has the source text word for word, every hyphenated word joined', async () => {
    const article = await importPdf('mayorkas-justified.pdf')
    expect(words(article.text)).toEqual(words(source))
  })

  it('takes the whole headline, set over five lines, as its title and first paragraph', async () => {
    const article = await importPdf('mayorkas-justified.pdf')
    expect(article.title).toBe(headline)
    expect(article.text.split('\n\n')[0]).toBe(headline)
  })

  it('keeps its paragraphs', async () => {
    const article = await importPdf('mayorkas-justified.pdf')
    expect(article.text.split('\n\n')).toEqual(
      source.split('\n\n').map((p) => p.replace(/\s+/g, ' ')),
    )
  })
})

describe('a two-column print of a Wikinews article', () => {
  it('reads the columns in order with the source text word for word', async () => {
    const manifest = JSON.parse(readFileSync(`${CORPUS}wikinews/manifest.json`, 'utf8')) as {
      file: string
      title: string
    }[]
    const entry = manifest.find((e) => e.file.startsWith('06-'))!
    const body = readFileSync(`${CORPUS}wikinews/${entry.file}`, 'utf8')
    const article = await importPdf('wikinews-two-columns.pdf')
    expect(article.title).toBe(entry.title)
    expect(words(article.text)).toEqual(words(`${entry.title}\n\n${body}`))
  })
})
