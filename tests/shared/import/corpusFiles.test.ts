import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import type { ImportedArticle, ImportOutcome } from '../../../src/shared/import/importTypes'
import { mapTable } from '../../../src/shared/import/mapTable'
import { parseFile } from '../../../src/shared/import/parseFile'
import { normaliseText } from '../../../src/shared/text/normaliseText'

const CORPUS = '../shared/corpus/'

async function importPath(path: string): Promise<ImportOutcome> {
  const bytes = new Uint8Array(readFileSync(CORPUS + path))
  return parseFile({ name: path.slice(path.lastIndexOf('/') + 1), size: bytes.length, bytes })
}

async function articlesOf(path: string): Promise<ImportedArticle[]> {
  const outcome = await importPath(path)
  if (!outcome.ok || outcome.kind !== 'articles') throw new Error(JSON.stringify(outcome))
  return outcome.articles
}

const flat = (text: string): string => text.replace(/\s+/g, ' ').trim()

describe('the Mayorkas article in its three forms', () => {
  const utf8 = normaliseText(readFileSync(`${CORPUS}mayorkas-ice-sanctuary.txt`, 'utf8'))

  it('gives the characters of the UTF-8 file when imported from Windows-1252', async () => {
    const outcome = await importPath('mayorkas-ice-sanctuary.cp1252.txt')
    expect(outcome).toMatchObject({ ok: true, kind: 'articles', encoding: 'windows-1252' })
    const [article] = await articlesOf('mayorkas-ice-sanctuary.cp1252.txt')
    // The corpus's Windows-1252 file has a plain space (0x20; it holds no 0xA0 byte at all) at
    // the 11 places where the UTF-8 file has a NBSP; no decoder can bring those back. Every
    // other character, curly quotes and dashes included, must be identical.
    expect(readFileSync(`${CORPUS}mayorkas-ice-sanctuary.cp1252.txt`).includes(0xa0)).toBe(false)
    expect(article?.text).toBe(utf8.replace(/\u00a0/g, ' '))
    expect(article?.text).toMatch(/[’“”—]/)
    expect((await articlesOf('mayorkas-ice-sanctuary.txt'))[0]?.text).toBe(utf8)
  })

  it('keeps every paragraph of the article from the web page and none of its chrome', async () => {
    const paragraphs = utf8.split('\n\n')
    const last = paragraphs.findIndex((p) => p.startsWith('Want to make sure you never miss'))
    // "LET Unity" is the link text of the page's promo widget (div.promo-widget), which the
    // extraction must drop as page chrome; every real paragraph in the range is kept.
    const body = paragraphs.slice(1, last).filter((p) => p !== 'LET Unity')
    expect(body.length).toBeGreaterThan(10)
    const [article] = await articlesOf('mayorkas-ice-sanctuary.html')
    const text = flat(article?.text ?? '')
    for (const paragraph of body) expect(text).toContain(flat(paragraph))
    for (const chrome of ['Trending', 'Privacy', 'Advertisement', 'Subscribe to our newsletter']) {
      expect(text).not.toContain(chrome)
    }
    expect(article?.text).not.toMatch(/<|__pwned/)
  })

  it('reads title, outlet, date, author and canonical URL from the web page', async () => {
    const [article] = await articlesOf('mayorkas-ice-sanctuary.html')
    const title =
      'DHS secretary won’t abolish ICE, now planning action against sanctuary cities that refuse to work with agency'
    expect(article).toMatchObject({
      title,
      outlet: 'Law Enforcement Today',
      date: '2021-06-14',
      author: 'LET Staff',
      url: 'https://www.lawenforcementtoday.com/dhs-secretary-wont-abolish-ice/',
    })
    expect(article?.text.startsWith(`${title}\n\n`)).toBe(true)
  })
})

describe('the Wikinews CSV files', () => {
  it.each([
    ['wikinews_2019.csv', 171],
    ['wikinews_2020.csv', 124],
  ])('%s maps to %i articles with titles, dates and URLs', async (file, count) => {
    const outcome = await importPath(`wikinews/${file}`)
    if (!outcome.ok || outcome.kind !== 'table') throw new Error(JSON.stringify(outcome))
    expect(outcome.table.columns).toEqual(['url', 'date', 'title', 'text'])
    const { articles, errors } = mapTable(outcome.table, {
      text: 'text',
      title: 'title',
      date: 'date',
      url: 'url',
    })
    expect(errors).toEqual([])
    expect(articles).toHaveLength(count)
    for (const article of articles) {
      expect(article.title.length).toBeGreaterThan(0)
      expect(article.date).toMatch(/^20\d\d-\d\d-\d\d$/)
      expect(article.url).toMatch(/^https:\/\/en\.wikinews\.org\//)
      expect(article.text.startsWith(`${article.title}\n\n`)).toBe(true)
    }
  })
})

describe('LexisNexis exports', () => {
  it('splits the classic text export into its ten articles with their metadata', async () => {
    const articles = await articlesOf('lexisnexis/sample.TXT')
    expect(articles).toHaveLength(10)
    expect(articles[0]).toMatchObject({
      title: 'Lorem ipsum dolor sit amet',
      outlet: 'Guardian.com',
      date: '2010-01-11',
      byline: 'Andrew Sparrow',
      attributes: { length: '355 words', language: 'ENGLISH', 'load-date': 'January 11, 2010' },
    })
    expect(articles[2]).toMatchObject({
      outlet: 'The Sun (England)',
      section: 'FEATURES; Pg. 6',
      attributes: { edition: 'Edition 1; Scotland' },
    })
    for (const article of articles) {
      expect(article.text).not.toMatch(
        /DOCUMENTS|LOAD-DATE|LANGUAGE:|PUBLICATION-TYPE|Copyright|BYLINE:|LENGTH:|Download Request/,
      )
    }
  })

  it('splits the Nexis Uni Word export into its ten articles with their metadata', async () => {
    const articles = await articlesOf('lexisnexis/sample.DOCX')
    expect(articles).toHaveLength(10)
    expect(articles[0]).toMatchObject({
      title: 'Lorem ipsum dolor sit amet',
      outlet: 'The Guardian(London)',
      date: '2019-07-01',
      section: 'POLITICS; Version:28',
      byline: 'Mattha Busby (now), Andrew Sparrow (earlier)',
      attributes: { length: '355 words' },
    })
    for (const article of articles) {
      expect(article.text).not.toMatch(
        /End of Document|Load-Date|Job Number|Client\/Matter|Copyright|^Body$/m,
      )
    }
  })

  it('says that a Word file that only names the archive holds no articles', async () => {
    expect(await importPath('lexisnexis/test.DOCX')).toEqual({
      ok: false,
      error: '“test.DOCX” looks like a LexisNexis export, but no articles were found in it.',
    })
  })
})
