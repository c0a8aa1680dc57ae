import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  LEADING_COLUMNS,
  TRAILING_COLUMNS,
  buildAnnotationRows,
  csvColumns,
} from '../../../src/shared/export/annotationRows'
import { normaliseText } from '../../../src/shared/text/normaliseText'
import { codebook, makeAnnotation, makeDocument, makeInput } from './fixtures'

const text = 'Headline 👍🏽 here\n\nMayorkas said “I’m opposed” — 𠀋 twice.\n\nLast, with comma.'
const doc = makeDocument('d1', 'B title', text)
const at = (quote: string): [number, number] => {
  const start = text.indexOf(quote)
  return [start, start + quote.length]
}

/** Rows as objects keyed by column, for readable assertions. */
function table(input: ReturnType<typeof makeInput>): Record<string, string>[] {
  const { header, rows } = buildAnnotationRows(input)
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i] ?? 'MISSING'])))
}

describe('csvColumns', () => {
  it('lists fixed columns, then each span dimension with its derived columns, then the trailer', () => {
    expect(csvColumns(codebook)).toEqual([
      ...LEADING_COLUMNS,
      'stance',
      'stance_score',
      'speaker',
      'source_type',
      'source_type_group',
      'identification',
      'quote_type',
      'frames',
      'note',
      'count',
      'anon',
      ...TRAILING_COLUMNS,
    ])
  })

  it('renames a dimension column that would overwrite a fixed column', () => {
    const clash = {
      ...codebook,
      dimensions: [
        { ...(codebook.dimensions.at(-2) as (typeof codebook.dimensions)[0]), column: 'memo' },
      ],
    }
    expect(csvColumns(clash)).toContain('memo_2')
    expect(new Set(csvColumns(clash)).size).toBe(csvColumns(clash).length)
  })
})

describe('buildAnnotationRows', () => {
  it('labels every kind of code', () => {
    const a = makeAnnotation(doc, text, ...at('“I’m opposed”'), {
      stance: 'stance.against',
      speaker: 'sp1',
      source_type: 'source_type.official.executive',
      identification: 'identification.named',
      quote_type: 'quote_type.direct',
      frames: ['f.econ', 'f.legal'],
      note: 'said twice',
      count: 2,
      anon: false,
    })
    const [row] = table(makeInput([{ document: doc, text }], [a]))
    expect(row).toMatchObject({
      project: 'Immigration coverage 2024',
      document_id: 'd1',
      title: 'B title',
      annotation_id: a.id,
      paragraph: '2',
      text: '“I’m opposed”',
      stance: 'Against',
      stance_score: '-1',
      speaker: 'Alejandro Mayorkas',
      source_type: 'Executive',
      source_type_group: 'Official / government',
      identification: 'Named',
      quote_type: 'Direct',
      frames: 'Economic; Legality',
      note: 'said twice',
      count: '2',
      anon: 'false',
      anchor_status: 'exact',
      coder: 'coder-1',
      created: '2024-05-17T09:30:00.000Z',
      updated: '2024-05-17T09:30:01.000Z',
    })
  })

  it('leaves uncoded dimensions and scores of nominal escapes empty', () => {
    const a = makeAnnotation(doc, text, ...at('Last'), { stance: 'stance.unclear' })
    const [row] = table(makeInput([{ document: doc, text }], [a]))
    expect(row).toMatchObject({ stance: 'Unclear', stance_score: '', speaker: '', frames: '' })
  })

  it('gives a top-level source type its own label as group', () => {
    const a = makeAnnotation(doc, text, ...at('Last'), { source_type: 'source_type.expert' })
    const [row] = table(makeInput([{ document: doc, text }], [a]))
    expect(row).toMatchObject({ source_type: 'Expert', source_type_group: 'Expert' })
  })

  it('exports unknown value and speaker ids raw instead of dropping them', () => {
    const a = makeAnnotation(doc, text, ...at('Last'), {
      stance: 'stance.gone',
      speaker: 'sp-deleted',
      source_type: 'source_type.gone',
      frames: ['f.econ', 'f.gone'],
    })
    const [row] = table(makeInput([{ document: doc, text }], [a]))
    expect(row).toMatchObject({
      stance: 'stance.gone',
      stance_score: '',
      speaker: 'sp-deleted',
      source_type: 'source_type.gone',
      source_type_group: '',
      frames: 'Economic; f.gone',
    })
  })

  it('leaves out deleted annotations and annotations of deleted or missing documents', () => {
    const deletedDoc = { ...makeDocument('d2', 'A', text), deletedAt: 5 }
    const rows = buildAnnotationRows(
      makeInput(
        [
          { document: doc, text },
          { document: deletedDoc, text },
        ],
        [
          makeAnnotation(doc, text, 0, 4, {}, { deletedAt: 9 }),
          makeAnnotation(deletedDoc, text, 0, 4),
          { ...makeAnnotation(doc, text, 0, 4), documentId: 'nowhere' },
          makeAnnotation(doc, text, 0, 8),
        ],
      ),
    ).rows
    expect(rows).toHaveLength(1)
  })

  it('sorts rows by document title, then document id, then start', () => {
    const other = makeDocument('d0', 'A title', text)
    const twin = makeDocument('d9', 'A title', text)
    const rows = table(
      makeInput(
        [
          { document: doc, text },
          { document: twin, text },
          { document: other, text },
        ],
        [
          makeAnnotation(doc, text, 20, 30),
          makeAnnotation(twin, text, 0, 3),
          makeAnnotation(other, text, 9, 12),
          makeAnnotation(other, text, 1, 4),
        ],
      ),
    )
    expect(rows.map((r) => `${r.document_id}@${r.start_utf16}`)).toEqual([
      'd0@1',
      'd0@9',
      'd9@0',
      'd1@20',
    ])
  })

  it('gives code point offsets that count an emoji as one character', () => {
    const [start, end] = at('𠀋 twice')
    const [row] = table(
      makeInput([{ document: doc, text }], [makeAnnotation(doc, text, start, end)]),
    )
    expect(row?.start_cp).toBe(String([...text.slice(0, start)].length))
    expect(row?.end_cp).toBe(String([...text.slice(0, end)].length))
    expect(Number(row?.end_cp) - Number(row?.start_cp)).toBe(7)
    expect([...text].slice(Number(row?.start_cp), Number(row?.end_cp)).join('')).toBe('𠀋 twice')
  })

  it('numbers paragraphs from 1, the headline', () => {
    const rows = table(
      makeInput(
        [{ document: doc, text }],
        [makeAnnotation(doc, text, ...at('Headline')), makeAnnotation(doc, text, ...at('Last'))],
      ),
    )
    expect(rows.map((r) => r.paragraph)).toEqual(['1', '3'])
  })

  it('exports the text slice at re-anchored offsets when the stored offsets moved', () => {
    const old = makeAnnotation(doc, text, ...at('“I’m opposed”'))
    const shifted = { ...old, start: old.start - 3, end: old.end - 3, textHash: 'f'.repeat(64) }
    const [row] = table(makeInput([{ document: doc, text }], [shifted]))
    expect(row).toMatchObject({
      anchor_status: 'fuzzy',
      text: '“I’m opposed”',
      start_utf16: String(old.start),
    })
  })

  it('keeps an orphan with its stored offsets and exports the slice there', () => {
    const lost = {
      ...makeAnnotation(doc, text, 0, 8),
      exact: 'not in this text at all',
      prefix: 'q',
      suffix: 'z',
      textHash: 'e'.repeat(64),
    }
    const [row] = table(makeInput([{ document: doc, text }], [lost]))
    expect(row).toMatchObject({ anchor_status: 'orphan', start_utf16: '0', text: 'Headline' })
  })

  it('keeps the stored quote of an annotation whose document text is missing', () => {
    const a = makeAnnotation(doc, text, ...at('Last'))
    const input = { ...makeInput([{ document: doc, text }], [a]), texts: new Map<string, string>() }
    const [row] = table(input)
    expect(row).toMatchObject({
      anchor_status: 'orphan',
      text: 'Last',
      paragraph: '',
      start_cp: '',
    })
  })

  it('exports the exact text slice of every span of the Devanagari Wikinews article', () => {
    const raw = readFileSync(
      new URL(
        '../../../../shared/corpus/wikinews/08-2020-03-17-200-in-new-delhi-india-drink-cow-urine-to-fight-off-covid-19.txt',
        import.meta.url,
      ),
      'utf8',
    )
    const hindi = normaliseText(raw)
    expect(hindi).toMatch(/[\u0900-\u097f]/)
    const d = makeDocument('hi', 'Cow urine party', hindi)
    const spans: [number, number][] = []
    for (const m of hindi.matchAll(/[\u0900-\u097f][\u0900-\u097f\s]*[\u0900-\u097f]/g)) {
      spans.push([m.index, m.index + m[0].length])
    }
    for (let s = 0; s + 40 < hindi.length; s += 97) spans.push([s, s + 40])
    const input = makeInput(
      [{ document: d, text: hindi }],
      spans.map(([s, e]) => makeAnnotation(d, hindi, s, e)),
    )
    const rows = table(input)
    expect(rows.length).toBe(spans.length)
    for (const row of rows) {
      const start = Number(row.start_utf16)
      const end = Number(row.end_utf16)
      expect(row.text).toBe(hindi.slice(start, end))
      expect(row.start_cp).toBe(String([...hindi.slice(0, start)].length))
      expect(row.anchor_status).toBe('exact')
    }
  })
})
