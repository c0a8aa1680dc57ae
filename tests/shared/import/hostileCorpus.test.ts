import { existsSync, readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ImportOutcome } from '../../../src/shared/import/importTypes'
import { parseFile } from '../../../src/shared/import/parseFile'

const HOSTILE = '../shared/corpus/hostile/'

type PageEntry = {
  file: string
  expected: {
    title: string
    outlet: string
    author: string
    published: string
    canonical_url: string
    paragraphs: string[]
    must_not_contain: string[]
  }
}
type MalformedEntry = {
  file: string
  expect: 'error' | 'import'
  error?: string
  first_bad_line?: number
  import?: {
    paragraphs?: string[]
    paragraphs_count?: number
    text_chars?: number
    title?: string
    encoding?: string
    rows?: Record<string, string>[]
  }
}

const pages = (
  JSON.parse(readFileSync(`${HOSTILE}manifest-pages.json`, 'utf8')) as { pages: PageEntry[] }
).pages
const malformed = (
  JSON.parse(readFileSync(`${HOSTILE}manifest-malformed.json`, 'utf8')) as {
    files: MalformedEntry[]
  }
).files

/** What each manifest error category's message must say. */
const MESSAGES: Record<string, RegExp> = {
  empty: /is empty|has no text/,
  'not-text': /looks like (a binary file|an image file|a compressed)/,
  'no-articles': /no articles were found|has no article text/,
  'too-complex': /nested too deeply .*1,000 levels/,
  'not-html': /looks like an image file, not a web page/,
  'damaged-docx': /damaged|not a valid Word|declares a DTD/,
  'too-large': /expands beyond the limit of 200 MB/,
  // pdf.js's own verdict is named: a broken file is never confused with a broken reader.
  'damaged-pdf': /cannot be read as a PDF: it is damaged \(pdf\.js: Invalid PDF structure\)/,
  'no-text-layer': /has no text layer \(a scanned PDF\?\)/,
  'no-rows': /no rows to import/,
  'malformed-csv-row': /malformed/,
  'malformed-jsonl-line': /invalid JSON on line 3/,
}

/** Text compared as the manifests say: whitespace (NBSP and double spaces included) collapsed. */
const flat = (text: string): string => text.replace(/\s+/g, ' ').trim()

async function importPath(path: string): Promise<ImportOutcome> {
  const bytes = new Uint8Array(readFileSync(path))
  return parseFile({ name: path.slice(path.lastIndexOf('/') + 1), size: bytes.length, bytes })
}

// Node-side import code must not reach the network: any attempt fails the test that made it.
const requests: string[] = []
const realFetch = globalThis.fetch
beforeAll(() => {
  globalThis.fetch = ((input: unknown) => {
    requests.push(String(input))
    return Promise.reject(new Error('network access during import'))
  }) as typeof fetch
})
afterAll(() => {
  globalThis.fetch = realFetch
  expect(requests).toEqual([])
})

describe('the hostile article pages', () => {
  it.each(pages.map((p) => [p.file, p] as const))(
    '%s gives every paragraph and the metadata, and none of the page chrome or code',
    { timeout: 20_000 },
    async (_, page) => {
      const outcome = await importPath(HOSTILE + page.file)
      if (!outcome.ok || outcome.kind !== 'articles') throw new Error(JSON.stringify(outcome))
      expect(outcome.articles).toHaveLength(1)
      const article = outcome.articles[0]!
      const text = flat(article.text)
      for (const paragraph of page.expected.paragraphs) expect(text).toContain(flat(paragraph))
      for (const chrome of page.expected.must_not_contain) expect(text).not.toContain(chrome)
      expect(article).toMatchObject({
        title: page.expected.title,
        outlet: page.expected.outlet,
        author: page.expected.author,
        date: page.expected.published,
        url: page.expected.canonical_url,
      })
      expect(article.text.startsWith(`${page.expected.title}\n\n`)).toBe(true)
      expect(article.text).not.toMatch(/<script|<iframe|javascript:|onerror\s*=|onload\s*=/i)
    },
  )
})

describe('the malformed and booby-trapped files', () => {
  it.each(malformed.map((m) => [m.file, m] as const))(
    '%s behaves as its manifest says',
    { timeout: 20_000 },
    async (_, entry) => {
      const outcome = await importPath(HOSTILE + entry.file)
      if (entry.expect === 'error') {
        if (outcome.ok)
          throw new Error(`imported instead of refused: ${JSON.stringify(outcome).slice(0, 300)}`)
        expect(outcome.error).toMatch(MESSAGES[entry.error as string] as RegExp)
        if (entry.first_bad_line !== undefined)
          expect(outcome.error).toContain(`line ${entry.first_bad_line}`)
        return
      }
      if (!outcome.ok) throw new Error(outcome.error)
      const expected = entry.import!
      if (expected.rows !== undefined) {
        expect(outcome.kind).toBe('table')
        if (outcome.kind !== 'table') return
        const rows = outcome.table.rows.map((row) =>
          Object.fromEntries(
            outcome.table.columns.map((c, i) => [c, (row[i] as string).replace(/\r\n/g, '\n')]),
          ),
        )
        expect(rows).toEqual(expected.rows)
        return
      }
      expect(outcome.kind).toBe('articles')
      if (outcome.kind !== 'articles') return
      const text = outcome.articles.map((a) => a.text).join('\n\n')
      for (const paragraph of expected.paragraphs ?? [])
        expect(flat(text)).toContain(flat(paragraph))
      if (expected.paragraphs_count !== undefined) {
        expect(text.split('\n\n')).toHaveLength(expected.paragraphs_count)
        expect(text).toHaveLength(expected.text_chars as number)
      }
      if (expected.title !== undefined) expect(outcome.articles[0]?.title).toBe(expected.title)
      if (expected.encoding !== undefined) {
        expect(outcome.encoding).toBe(expected.encoding.toLowerCase())
      }
      expect(text).not.toContain('\u0000')
      expect(text).not.toContain('\r')
    },
  )

  it('writes no zip entry to disk', async () => {
    await importPath(`${HOSTILE}malformed/zip-slip.docx`)
    expect(existsSync('/tmp/hostile-zip-slip.txt')).toBe(false)
    expect(existsSync('/tmp/hostile-zip-absolute.txt')).toBe(false)
  })
})
