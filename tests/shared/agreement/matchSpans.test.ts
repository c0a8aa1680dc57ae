import { describe, expect, it } from 'vitest'
import { describeMatchingRule } from '../../../src/shared/agreement/matchingRule'
import { matchSpans, overlapOfUnion } from '../../../src/shared/agreement/matchSpans'
import { splitSentences } from '../../../src/shared/agreement/splitSentences'

const span = (id: string, coder: string, start: number, end: number) => ({ id, coder, start, end })
const ids = (units: { spans: { id: string }[] }[]) => units.map((u) => u.spans.map((s) => s.id))

describe('overlapOfUnion', () => {
  it('is the overlap divided by the union, 0 for disjoint or touching spans', () => {
    expect(overlapOfUnion({ start: 0, end: 10 }, { start: 5, end: 15 })).toBeCloseTo(5 / 15)
    expect(overlapOfUnion({ start: 0, end: 10 }, { start: 10, end: 15 })).toBe(0)
    expect(overlapOfUnion({ start: 0, end: 10 }, { start: 0, end: 10 })).toBe(1)
  })
})

describe('matchSpans', () => {
  const spans = [
    span('a1', 'A', 0, 10),
    span('b1', 'B', 0, 10),
    span('a2', 'A', 20, 30),
    span('b2', 'B', 22, 30),
    span('c2', 'C', 40, 50),
  ]

  it('under exact offsets pairs only identical ranges; others stay unmatched', () => {
    expect(ids(matchSpans(spans, { kind: 'exact' }))).toEqual([
      ['a1', 'b1'],
      ['a2'],
      ['b2'],
      ['c2'],
    ])
  })

  it('under an overlap threshold pairs spans overlapping at least that share of their union', () => {
    expect(ids(matchSpans(spans, { kind: 'overlap', minOverlap: 0.8 }))).toEqual([
      ['a1', 'b1'],
      ['a2', 'b2'],
      ['c2'],
    ])
    expect(ids(matchSpans(spans, { kind: 'overlap', minOverlap: 0.9 }))).toEqual([
      ['a1', 'b1'],
      ['a2'],
      ['b2'],
      ['c2'],
    ])
  })

  it('never puts two spans of one coder in a unit, preferring the larger overlap', () => {
    const units = matchSpans(
      [span('a', 'A', 0, 10), span('b1', 'B', 0, 6), span('b2', 'B', 1, 10)],
      { kind: 'overlap', minOverlap: 0.5 },
    )
    expect(ids(units)).toEqual([['b1'], ['a', 'b2']])
  })

  it('requires every pair in a unit of three coders to satisfy the rule (complete linkage)', () => {
    const units = matchSpans(
      [span('a', 'A', 0, 10), span('b', 'B', 2, 12), span('c', 'C', 4, 14)],
      { kind: 'overlap', minOverlap: 0.6 },
    )
    // a–b and b–c overlap 8/12; a–c only 6/14, so c cannot join a's unit.
    expect(ids(units)).toEqual([['a', 'b'], ['c']])
  })

  it('under the same-sentence rule pairs spans that start in the same sentence', () => {
    const text = 'He said no. She said yes. They left.'
    const sentences = splitSentences(text)
    const units = matchSpans(
      [
        span('a', 'A', 0, 11),
        span('b', 'B', 3, 10),
        span('c', 'B', 12, 25),
        span('d', 'A', 26, 36),
      ],
      { kind: 'sentence' },
      sentences,
    )
    expect(ids(units)).toEqual([['a', 'b'], ['c'], ['d']])
  })

  it('gives the same units whatever the input order', () => {
    const shuffled = [spans[3], spans[0], spans[4], spans[2], spans[1]] as typeof spans
    const rule = { kind: 'overlap', minOverlap: 0.5 } as const
    expect(ids(matchSpans(shuffled, rule))).toEqual(ids(matchSpans(spans, rule)))
  })

  it('refuses a threshold outside (0, 1] and the sentence rule without sentences', () => {
    expect(() => matchSpans(spans, { kind: 'overlap', minOverlap: 0 })).toThrow(RangeError)
    expect(() => matchSpans(spans, { kind: 'sentence' })).toThrow(TypeError)
  })

  it('describes each rule in words for reports', () => {
    expect(describeMatchingRule({ kind: 'exact' })).toBe('exact offsets')
    expect(describeMatchingRule({ kind: 'overlap', minOverlap: 0.5 })).toBe(
      'overlap >= 50% of union',
    )
    expect(describeMatchingRule({ kind: 'sentence' })).toBe('same sentence')
  })
})
