import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { buildAnnotationRows } from '../../../src/shared/export/annotationRows'
import { exportAnnotationsCsv } from '../../../src/shared/export/exportAnnotationsCsv'
import { makeAnnotation, makeDocument, makeInput } from './fixtures'

const parse = (csv: string): string[][] =>
  Papa.parse<string[]>(csv.replace(/^\ufeff/, ''), { skipEmptyLines: true }).data

const text =
  'Headline, with “quotes”\n\n=HYPERLINK("http://x") said @someone, "hi"\n\n-2 + 3 — 👍🏽 end.'
const doc = makeDocument('d1', 'Doc, "one"', text)
const spans: [number, number][] = [
  [0, 8],
  [10, 23],
  [25, 60],
  [25, 26],
  [text.indexOf('-2'), text.length],
  [text.indexOf('👍🏽'), text.indexOf('👍🏽') + 4],
]
const annotations = spans.map(([s, e], i) =>
  makeAnnotation(
    doc,
    text,
    s,
    e,
    { note: `memo, line ${i}\n"next"`, stance: 'stance.against' },
    {
      memo: i % 2 === 0 ? '=cmd|x' : 'plain',
    },
  ),
)
const input = makeInput([{ document: doc, text }], annotations)

describe('exportAnnotationsCsv', () => {
  it('names the file after the project and the local date', () => {
    const result = exportAnnotationsCsv(input, 'analysis', new Date(2024, 4, 17, 23, 50))
    expect(result.fileName).toBe('immigration-coverage-2024-annotations-2024-05-17.csv')
    expect(result.rowCount).toBe(spans.length)
  })

  it('round-trips every field of the analysis export through a CSV parser', () => {
    const { header, rows } = buildAnnotationRows(input)
    const { content } = exportAnnotationsCsv(input, 'analysis')
    expect(content.startsWith('project,')).toBe(true)
    expect(parse(content)).toEqual([header, ...rows])
  })

  it('exports text equal to the slice of the canonical text at its offsets in every row', () => {
    const [header, ...rows] = parse(exportAnnotationsCsv(input, 'analysis').content)
    const col = (name: string): number => (header ?? []).indexOf(name)
    expect(rows).toHaveLength(spans.length)
    for (const row of rows) {
      const start = Number(row[col('start_utf16')])
      const end = Number(row[col('end_utf16')])
      expect(row[col('text')]).toBe(text.slice(start, end))
    }
  })

  it('neutralises formula cells and adds a BOM only in the spreadsheet profile', () => {
    const content = exportAnnotationsCsv(input, 'spreadsheet').content
    expect(content.startsWith('\ufeffproject,')).toBe(true)
    const [header, ...rows] = parse(content)
    const memo = (header ?? []).indexOf('memo')
    const score = (header ?? []).indexOf('stance_score')
    expect(rows.map((r) => r[memo])).toContain("'=cmd|x")
    expect(rows.every((r) => r[score] === '-1')).toBe(true)
    const texts = rows.map((r) => r[(header ?? []).indexOf('text')])
    expect(texts.some((t) => t?.startsWith('\'=HYPERLINK("http://x")'))).toBe(true)
    expect(texts).toContain("'-2 + 3 — 👍🏽 end.")
  })

  it('exports 100,000 annotations over 500 documents, one row each', () => {
    // Speed is measured by `npm run bench` (bench/export.bench.ts), never in a timed test.
    const large = bigProject(500)
    expect(large.annotations).toHaveLength(100_000)
    expect(exportAnnotationsCsv(large, 'spreadsheet').rowCount).toBe(100_000)
  }, 60_000)
})

/** `documents` documents of about 3,500 characters with 200 annotations each. */
function bigProject(documents: number): ReturnType<typeof makeInput> {
  const paragraph = 'The secretary said “we will act” — officials 👍🏽 disagreed, sharply. '
  const entries = Array.from({ length: documents }, (_, d) => {
    const body = Array.from({ length: 12 }, () => paragraph.repeat(4).trim()).join('\n\n')
    const t = `Headline ${d}\n\n${body}`
    return { document: makeDocument(`doc${d}`, `Title ${d % 50}`, t), text: t }
  })
  const annotations = entries.flatMap(({ document, text: t }) =>
    Array.from({ length: 200 }, (_, k) => {
      const start = (k * 53) % (t.length - 60)
      const s = t.charCodeAt(start) >= 0xdc00 && t.charCodeAt(start) <= 0xdfff ? start + 1 : start
      return makeAnnotation(document, t, s, s + 40, {
        stance: 'stance.in_favour',
        speaker: 'sp1',
        source_type: 'source_type.official.executive',
      })
    }),
  )
  return makeInput(entries, annotations)
}
