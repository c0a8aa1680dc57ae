import { describe, expect, it } from 'vitest'
import { buildSegments } from '../../../src/shared/highlights/buildSegments'

describe('buildSegments', () => {
  it('returns one segment for one span', () => {
    expect(buildSegments([{ id: 'a', start: 2, end: 5 }])).toEqual([
      { start: 2, end: 5, ids: ['a'] },
    ])
  })

  it('splits overlapping spans into disjoint segments listing every covering id', () => {
    const spans = [
      { id: 'b', start: 5, end: 15 },
      { id: 'a', start: 0, end: 10 },
    ]
    expect(buildSegments(spans)).toEqual([
      { start: 0, end: 5, ids: ['a'] },
      { start: 5, end: 10, ids: ['a', 'b'] },
      { start: 10, end: 15, ids: ['b'] },
    ])
  })

  it('lists the outer span first for nested spans, even when they start together', () => {
    const spans = [
      { id: 'inner', start: 0, end: 4 },
      { id: 'outer', start: 0, end: 20 },
      { id: 'middle', start: 2, end: 8 },
    ]
    expect(buildSegments(spans)).toEqual([
      { start: 0, end: 2, ids: ['outer', 'inner'] },
      { start: 2, end: 4, ids: ['outer', 'inner', 'middle'] },
      { start: 4, end: 8, ids: ['outer', 'middle'] },
      { start: 8, end: 20, ids: ['outer'] },
    ])
  })

  it('keeps input order for identical spans', () => {
    const spans = [
      { id: 'x', start: 1, end: 3 },
      { id: 'y', start: 1, end: 3 },
    ]
    expect(buildSegments(spans)).toEqual([{ start: 1, end: 3, ids: ['x', 'y'] }])
  })

  it('skips gaps no span covers and touching spans stay separate', () => {
    const spans = [
      { id: 'a', start: 0, end: 2 },
      { id: 'b', start: 2, end: 4 },
      { id: 'c', start: 9, end: 12 },
    ]
    expect(buildSegments(spans)).toEqual([
      { start: 0, end: 2, ids: ['a'] },
      { start: 2, end: 4, ids: ['b'] },
      { start: 9, end: 12, ids: ['c'] },
    ])
  })

  it('ignores empty spans and returns nothing for no spans', () => {
    expect(buildSegments([{ id: 'e', start: 3, end: 3 }])).toEqual([])
    expect(buildSegments([])).toEqual([])
  })

  it('agrees with a per-character check on random overlapping spans', () => {
    let seed = 7
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed % n
    }
    const spans = Array.from({ length: 60 }, (_, i) => {
      const start = random(200)
      return { id: `s${i}`, start, end: start + 1 + random(40) }
    })
    const segments = buildSegments(spans)
    for (let c = 0; c < 260; c += 1) {
      const covering = spans.filter((s) => s.start <= c && c < s.end).map((s) => s.id)
      const segment = segments.find((s) => s.start <= c && c < s.end)
      expect(new Set(segment?.ids ?? [])).toEqual(new Set(covering))
    }
    for (let i = 1; i < segments.length; i += 1) {
      expect(segments[i]?.start).toBeGreaterThanOrEqual(segments[i - 1]?.end ?? 0)
    }
  })

  it('cuts 10,000 overlapping spans into segments', () => {
    const spans = Array.from({ length: 10_000 }, (_, i) => {
      const start = (i * 7919) % 200_000
      return { id: `s${i}`, start, end: start + 5 + ((i * 31) % 400) }
    })
    const segments = buildSegments(spans)
    expect(segments.length).toBeGreaterThan(10_000)
  })

  it('handles 1,000 nested spans', () => {
    const spans = Array.from({ length: 1000 }, (_, i) => ({ id: `n${i}`, start: i, end: 2000 - i }))
    const segments = buildSegments(spans)
    expect(segments).toHaveLength(1999)
    expect(segments[999]?.ids).toHaveLength(1000)
    expect(segments[999]?.ids[0]).toBe('n0')
  })
})
