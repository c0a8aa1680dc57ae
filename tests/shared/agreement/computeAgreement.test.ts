import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { agreementCsv } from '../../../src/shared/agreement/agreementCsv'
import { agreementHtml } from '../../../src/shared/agreement/agreementHtml'
import type { AgreementSpan } from '../../../src/shared/agreement/agreementTypes'
import { computeAgreement } from '../../../src/shared/agreement/computeAgreement'
import { krippendorffAlpha } from '../../../src/shared/agreement/krippendorffAlpha'
import { unitizedAlpha } from '../../../src/shared/agreement/unitizedAlpha'
import { sourcingAndStanceDimensions } from './stanceDimensions'

const dims = sourcingAndStanceDimensions()
const docs = [
  { id: 'd1', title: 'One', length: 100 },
  { id: 'd2', title: 'Two', length: 100 },
]
let n = 0
const span = (
  documentId: string,
  coder: string,
  start: number,
  end: number,
  stance: string,
): AgreementSpan => ({ id: `s${++n}`, documentId, coder, start, end, values: { stance } })

// A and B mark the same four spans; B shifts one boundary and disagrees on one stance.
const spans = [
  span('d1', 'A', 0, 10, 'against'),
  span('d1', 'B', 0, 10, 'against'),
  span('d1', 'A', 20, 30, 'neutral'),
  span('d1', 'B', 21, 30, 'favour'),
  span('d2', 'A', 0, 10, 'favour'),
  span('d2', 'B', 0, 10, 'favour'),
  span('d2', 'A', 50, 60, 'unclear'),
  span('d2', 'B', 50, 60, 'against'),
  span('d2', 'B', 80, 90, 'favour'),
]
const input = {
  dimensions: dims,
  documents: docs,
  spans,
  articleCodings: [
    { documentId: 'd1', coder: 'A', values: { tone: 'pro' } },
    { documentId: 'd1', coder: 'B', values: { tone: 'pro' } },
    { documentId: 'd2', coder: 'A', values: { tone: 'anti' } },
    { documentId: 'd2', coder: 'B', values: { tone: 'pro' } },
  ],
  coders: ['A', 'B'],
  rule: { kind: 'overlap', minOverlap: 0.8 } as const,
  seed: 7,
  resamples: 200,
}
const row = (
  report: ReturnType<typeof computeAgreement>,
  dimensionId: string,
  coefficient: string,
  level?: string,
) =>
  report.rows.find(
    (r) =>
      r.dimensionId === dimensionId &&
      r.coefficient === coefficient &&
      (level === undefined || r.level === level),
  )

describe('computeAgreement', () => {
  const report = computeAgreement(input)

  it('matches spans under the rule and lists the unmatched ones', () => {
    expect(report.spanUnits).toBe(5)
    expect(report.matchedUnits).toBe(4)
    expect(report.unmatched.map((u) => [u.documentId, u.coder, u.start])).toEqual([['d2', 'B', 80]])
  })

  it('computes ordinal alpha over ranked values with escapes as missing, and nominal alpha over all', () => {
    const ordinal = krippendorffAlpha(
      [
        ['against', 'neutral', 'favour', null, null],
        ['against', 'favour', 'favour', 'against', 'favour'],
      ],
      'ordinal',
      { order: ['against', 'neutral', 'favour'] },
    )
    const nominal = krippendorffAlpha(
      [
        ['against', 'neutral', 'favour', 'unclear', null],
        ['against', 'favour', 'favour', 'against', 'favour'],
      ],
      'nominal',
    )
    expect(row(report, 'stance', 'krippendorff_alpha', 'ordinal')?.value).toBeCloseTo(
      ordinal.alpha,
      12,
    )
    expect(row(report, 'stance', 'krippendorff_alpha', 'nominal')?.value).toBeCloseTo(
      nominal.alpha,
      12,
    )
    expect(row(report, 'stance', 'krippendorff_alpha', 'nominal')).toMatchObject({
      units: 4,
      pairableValues: 8,
    })
  })

  it('adds percent agreement and Cohen’s kappa for two coders, and a seeded CI for alpha', () => {
    expect(row(report, 'stance', 'percent_agreement')?.value).toBeCloseTo(2 / 4, 12)
    expect(row(report, 'stance', 'cohen_kappa')).toBeDefined()
    const alpha = row(report, 'stance', 'krippendorff_alpha', 'nominal')
    expect(alpha?.ciLow).not.toBeNull()
    expect(computeAgreement(input).rows).toEqual(report.rows)
  })

  it('compares article-level dimensions per document', () => {
    expect(row(report, 'tone', 'percent_agreement')?.value).toBe(0.5)
    expect(row(report, 'tone', 'percent_agreement')?.units).toBe(2)
  })

  it('reports unitized alpha for span boundaries over the documents as one continuum', () => {
    const expected = unitizedAlpha({
      length: 200,
      coders: [
        {
          coder: 'A',
          segments: spans
            .filter((s) => s.coder === 'A')
            .map((s) => ({
              start: s.start + (s.documentId === 'd2' ? 100 : 0),
              end: s.end + (s.documentId === 'd2' ? 100 : 0),
              category: 'span',
            })),
        },
        {
          coder: 'B',
          segments: spans
            .filter((s) => s.coder === 'B')
            .map((s) => ({
              start: s.start + (s.documentId === 'd2' ? 100 : 0),
              end: s.end + (s.documentId === 'd2' ? 100 : 0),
              category: 'span',
            })),
        },
      ],
    })
    expect(row(report, 'span_boundaries', 'unitized_alpha')?.value).toBeCloseTo(expected.alpha, 12)
  })

  it('reports Fleiss’ kappa and every coder pair when there are three coders', () => {
    const third = spans
      .filter((s) => s.coder === 'A')
      .map((s) => ({ ...s, id: `${s.id}c`, coder: 'C' }))
    const three = computeAgreement({
      ...input,
      spans: [...spans, ...third],
      coders: ['A', 'B', 'C'],
    })
    expect(row(three, 'stance', 'fleiss_kappa')).toBeDefined()
    const pairs = three.rows.filter(
      (r) => r.dimensionId === 'stance' && r.coefficient === 'cohen_kappa',
    )
    expect(pairs.map((r) => r.coders)).toEqual([
      ['A', 'B'],
      ['A', 'C'],
      ['B', 'C'],
    ])
  })

  it('writes a CSV with the rule and seed on every row', () => {
    const parsed = Papa.parse<Record<string, string>>(agreementCsv(report), {
      header: true,
      skipEmptyLines: true,
    })
    expect(parsed.data.length).toBe(report.rows.length)
    for (const r of parsed.data) {
      expect(r.matching_rule).toBe('overlap >= 80% of union')
      expect(r.seed).toBe('7')
    }
    const alpha = parsed.data.find((r) => r.dimension_id === 'stance' && r.level === 'ordinal')
    expect(alpha?.coders).toBe('A; B')
    expect(Number(alpha?.value)).toBeCloseTo(
      row(report, 'stance', 'krippendorff_alpha', 'ordinal')?.value ?? 0,
      5,
    )
  })

  it('prints an HTML report naming coders, documents, rule and seed, with text escaped', () => {
    const html = agreementHtml(report, 'Border <study>', '2026-11-30')
    expect(html).toContain('Border &lt;study&gt;')
    expect(html).toContain('overlap &gt;= 80% of union')
    expect(html).toContain('seed 7')
    expect(html).toContain('2 coders (A, B) coded 2 documents')
  })
})
