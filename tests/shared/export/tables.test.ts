import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import type { ArticleCoding } from '../../../src/shared/domain/articleCoding'
import { buildAnnotationRows } from '../../../src/shared/export/annotationRows'
import { buildCodebookRows } from '../../../src/shared/export/codebookRows'
import { csvFiles } from '../../../src/shared/export/csvFiles'
import { buildDocumentRows } from '../../../src/shared/export/documentRows'
import type { ProjectExportInput } from '../../../src/shared/export/exportTables'
import { TABLE_NAMES, buildTables } from '../../../src/shared/export/exportTables'
import { buildSpeakerRows } from '../../../src/shared/export/speakerRows'
import { FORMULA_TRIGGER, toCsv } from '../../../src/shared/export/toCsv'
import { csvSpectrumCases } from './csvSpectrum'
import { T0, codebook, makeAnnotation, makeDocument, makeInput } from './fixtures'

const parse = (csv: string): string[][] =>
  Papa.parse<string[]>(csv.replace(/^\ufeff/, ''), { skipEmptyLines: true }).data

const objects = ({ header, rows }: { header: string[]; rows: string[][] }) =>
  rows.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i] ?? 'MISSING'])))

const text = 'Headline, "quoted"\n\nLead says 👍🏽 a lot.\n\n=SUM(A1) body, one\n\nMore body.'
const d1 = makeDocument('d1', 'A doc', text)
d1.attributes = { section: 'Politics', 'page no': '3' }
const d2 = makeDocument('d2', 'B doc', 'Only a headline')
d2.attributes = { wordcount: '3' }
const at = (quote: string): [number, number] => {
  const start = text.indexOf(quote)
  return [start, start + quote.length]
}
const annotations = [
  makeAnnotation(d1, text, ...at('More body'), { speaker: 'sp1' }),
  makeAnnotation(d1, text, ...at('Headline'), { frames: ['f.econ', 'f.legal'], speaker: 'sp1' }),
  makeAnnotation(d1, text, ...at('Lead says'), { stance: 'stance.against' }, { coder: 'coder-2' }),
  makeAnnotation(d1, text, ...at('=SUM(A1)'), {}, { codebookVersion: 3 }),
]
const coding: ArticleCoding = {
  id: 'ac1',
  projectId: 'p1',
  documentId: 'd1',
  coder: 'coder-1',
  values: { tone: 'x' },
  status: 'complete',
  codebookVersion: 2,
  createdAt: T0,
  updatedAt: T0,
}
const input: ProjectExportInput = {
  ...makeInput(
    [
      { document: d1, text },
      { document: d2, text: 'Only a headline' },
    ],
    annotations,
  ),
  articleCodings: [coding],
}

describe('annotations table', () => {
  it('gives position, each coder’s span order and the codebook version of every span', () => {
    const rows = objects(buildAnnotationRows(input))
    expect(
      rows.map((r) => [r.text, r.paragraph, r.position, r.span_order, r.coder, r.codebook_version]),
    ).toEqual([
      ['Headline', '1', 'headline', '1', 'coder-1', '1'],
      ['Lead says', '2', 'lead', '1', 'coder-2', '1'],
      ['=SUM(A1)', '3', 'body', '2', 'coder-1', '3'],
      ['More body', '4', 'body', '3', 'coder-1', '1'],
    ])
  })

  it('joins multiple choices in one cell (wide) or gives one row per value (long)', () => {
    const wide = objects(buildAnnotationRows(input, 'wide'))
    expect(wide.filter((r) => r.text === 'Headline').map((r) => r.frames)).toEqual([
      'Economic; Legality',
    ])
    const long = objects(buildAnnotationRows(input, 'long'))
    const headline = long.filter((r) => r.text === 'Headline')
    expect(headline.map((r) => r.frames)).toEqual(['Economic', 'Legality'])
    expect(new Set(headline.map((r) => r.annotation_id)).size).toBe(1)
    expect(long).toHaveLength(wide.length + 1)
  })
})

describe('documents table', () => {
  it('has one row per document and coder with attributes, status, article codes and counts', () => {
    const rows = objects(buildDocumentRows(input))
    expect(rows.map((r) => [r.document_id, r.coder, r.coding_status, r.spans])).toEqual([
      ['d1', 'coder-1', 'complete', '3'],
      ['d1', 'coder-2', '', '1'],
      ['d2', '', '', '0'],
    ])
    expect(rows[0]).toMatchObject({
      section: 'Politics',
      'page no': '3',
      wordcount: '',
      tone: 'x',
      codebook_version: '2',
      spans_all_coders: '4',
      length_utf16: String(text.length),
      length_cp: String([...text].length),
    })
    expect(rows[2]).toMatchObject({ wordcount: '3', section: '' })
  })
})

describe('speakers table', () => {
  it('counts each speaker’s live spans and documents', () => {
    const deleted = {
      ...makeAnnotation(d2, 'Only a headline', 0, 4, { speaker: 'sp1' }),
      deletedAt: T0,
    }
    const rows = objects(buildSpeakerRows({ ...input, annotations: [...annotations, deleted] }))
    expect(rows).toEqual([
      expect.objectContaining({
        speaker_id: 'sp1',
        name: 'Alejandro Mayorkas',
        aliases: 'Mayorkas',
        default_source_type: 'Executive',
        spans: '2',
        documents: '1',
      }),
    ])
  })
})

describe('codebook table', () => {
  it('lists every value with its dimension, parent and rank, and one row for value-less dimensions', () => {
    const rows = objects(buildCodebookRows(codebook))
    expect(rows.find((r) => r.value_id === 'stance.against')).toMatchObject({
      dimension: 'Stance',
      column: 'stance',
      kind: 'ordinal',
      scope: 'span',
      label: 'Against',
      rank: '-1',
    })
    const executive = rows.find((r) => r.label === 'Executive')
    expect(executive?.parent).toBe('Official / government')
    expect(rows.filter((r) => r.dimension_id === 'note')).toEqual([
      expect.objectContaining({ kind: 'text', value_id: '', label: '' }),
    ])
  })
})

describe('every CSV of the export', () => {
  for (const profile of ['analysis', 'spreadsheet'] as const) {
    for (const layout of ['wide', 'long'] as const) {
      it(`parses back to the exact cells with papaparse (${profile}, ${layout})`, () => {
        const tables = buildTables(input, new Set(TABLE_NAMES), layout)
        const files = csvFiles(tables, profile)
        expect(files.map((f) => f.fileName)).toEqual([
          'annotations.csv',
          'documents.csv',
          'speakers.csv',
          'codebook.csv',
        ])
        tables.forEach((table, i) => {
          const parsed = parse(files[i]?.content ?? '')
          const expected = [table.header, ...table.rows]
          // The spreadsheet profile differs only by a quote before formula-like cells.
          const neutralised = expected.map((r, k) =>
            k > 0 && profile === 'spreadsheet'
              ? r.map((c) => (FORMULA_TRIGGER.test(c) ? `'${c}` : c))
              : r,
          )
          expect(parsed).toEqual(neutralised)
        })
      })
    }
  }

  it('writes annotations whose text equals the document text between the offsets', () => {
    const rows = objects(buildAnnotationRows(input, 'long'))
    for (const r of rows) {
      expect(text.slice(Number(r.start_utf16), Number(r.end_utf16))).toBe(r.text)
      expect([...text].slice(Number(r.start_cp), Number(r.end_cp)).join('')).toBe(r.text)
    }
  })
})

describe('the csv-spectrum edge cases', () => {
  const cases = csvSpectrumCases()

  it('reads the whole suite', () => {
    expect(cases.map((c) => c.name)).toEqual([
      'comma_in_quotes',
      'empty',
      'empty_crlf',
      'escaped_quotes',
      'json',
      'newlines',
      'newlines_crlf',
      'quotes_and_newlines',
      'simple',
      'simple_crlf',
      'utf8',
    ])
  })

  for (const { name, csv, rows } of cases) {
    it(`round-trips ${name} exactly through the writer and papaparse`, () => {
      const [header, ...body] = rows
      const written = toCsv(header ?? [], body, 'analysis')
      expect(Papa.parse<string[]>(written, { skipEmptyLines: true }).data).toEqual(rows)
    })

    it(`reads the suite's own ${name} file into its rows, so the parser checking us is sound`, () => {
      expect(Papa.parse<string[]>(csv, { skipEmptyLines: true }).data).toEqual(rows)
    })
  }
})
