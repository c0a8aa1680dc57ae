import { unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import type { ArticleCoding } from '../../../src/shared/domain/articleCoding'
import { csvFiles } from '../../../src/shared/export/csvFiles'
import type { ProjectExportInput, TableName } from '../../../src/shared/export/exportTables'
import { TABLE_NAMES, buildTables } from '../../../src/shared/export/exportTables'
import { batchesOf } from '../../../src/shared/export/streamCsvTables'
import { zipCsvTables } from '../../../src/shared/export/zipCsvTables'
import { T0, makeAnnotation, makeDocument, makeInput } from './fixtures'

const texts = [
  'Headline, "quoted"\n\nLead says 👍🏽 a lot.\n\n=SUM(A1) body, one\n\nMore body.',
  'Second article\n\nWith a lead, and "quotes".',
  'Third one\n\n-2 starts a cell',
  'Deleted article\n\nNobody exports this.',
]
const documents = texts.map((t, i) => makeDocument(`d${i + 1}`, `Title ${3 - i}`, t))
documents[0]!.attributes = { section: 'Politics' }
;(documents[3] as { deletedAt: number | null }).deletedAt = T0
const span = (i: number, quote: string, values = {}, extra = {}) => {
  const start = texts[i]!.indexOf(quote)
  return makeAnnotation(documents[i]!, texts[i]!, start, start + quote.length, values, extra)
}
const annotations = [
  span(0, 'More body', { speaker: 'sp1' }),
  span(0, 'Headline', { frames: ['f.econ', 'f.legal'], speaker: 'sp1' }),
  span(0, 'Lead says', { stance: 'stance.against' }, { coder: 'coder-2' }),
  span(1, 'With a lead', {}, { memo: '=cmd' }),
  span(1, 'quotes', {}, { deletedAt: T0 }),
  span(2, '-2 starts', { speaker: 'sp1' }),
  span(3, 'Nobody', {}),
]
const coding: ArticleCoding = {
  id: 'ac1',
  projectId: 'p1',
  documentId: 'd2',
  coder: 'coder-3',
  values: { tone: 'x' },
  status: 'complete',
  codebookVersion: 2,
  createdAt: T0,
  updatedAt: T0,
}
const entries = documents.map((document, i) => ({ document, text: texts[i]! }))
const input: ProjectExportInput = {
  ...makeInput(entries, annotations),
  articleCodings: [coding],
}
// The third document's text is missing: its span exports as an orphan.
;(input.texts as Map<string, string>).delete('d3')

// ignoreBOM keeps the spreadsheet profile's byte-order mark in the decoded text.
const decoder = new TextDecoder('utf-8', { ignoreBOM: true })
const unzipText = (bytes: Uint8Array): Record<string, string> =>
  Object.fromEntries(Object.entries(unzipSync(bytes)).map(([k, v]) => [k, decoder.decode(v)]))

describe('zipCsvTables', () => {
  for (const profile of ['analysis', 'spreadsheet'] as const) {
    for (const layout of ['wide', 'long'] as const) {
      it(`writes the same CSV text as the whole-table export (${profile}, ${layout}), batch by batch`, async () => {
        const all = new Set<TableName>(TABLE_NAMES)
        const expected = Object.fromEntries(
          csvFiles(buildTables(input, all, layout), profile).map((f) => [
            `out/${f.fileName}`,
            f.content,
          ]),
        )
        for (const size of [1, 2, 100]) {
          const { bytes, counts } = await zipCsvTables(
            input,
            batchesOf(input, size),
            { tables: all, layout, profile },
            'out',
          )
          const files = unzipText(bytes)
          expect(Object.keys(files)).toEqual(TABLE_NAMES.map((n) => `out/${n}.csv`))
          expect(files).toEqual(expected)
          expect(counts.annotations).toBe(layout === 'wide' ? 5 : 6)
        }
      })
    }
  }

  it('writes only the chosen tables, still counting spans for speakers.csv', async () => {
    const { bytes } = await zipCsvTables(
      input,
      batchesOf(input, 2),
      { tables: new Set(['speakers']), layout: 'wide', profile: 'analysis' },
      'out',
    )
    const files = unzipText(bytes)
    expect(Object.keys(files)).toEqual(['out/speakers.csv'])
    expect(files['out/speakers.csv']).toBe(
      csvFiles(buildTables(input, new Set(['speakers']), 'wide'), 'analysis')[0]!.content,
    )
  })

  it('writes a project without documents as header-only files', async () => {
    const empty = { ...input, documents: [], annotations: [], articleCodings: [] }
    const { bytes, counts } = await zipCsvTables(
      empty,
      batchesOf(empty, 10),
      { tables: new Set(['annotations']), layout: 'wide', profile: 'analysis' },
      'out',
    )
    expect(counts.annotations).toBe(0)
    expect(unzipText(bytes)['out/annotations.csv']).toBe(
      csvFiles(buildTables(empty, new Set(['annotations']), 'wide'), 'analysis')[0]!.content,
    )
  })
})
