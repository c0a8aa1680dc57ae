import { describe, expect, it } from 'vitest'
import { spanDepths } from '../../../src/shared/highlights/spanDepths'

describe('spanDepths', () => {
  it('gives nested spans increasing depth from the outermost', () => {
    const depths = spanDepths([
      { id: 'inner', start: 4, end: 6 },
      { id: 'outer', start: 0, end: 20 },
      { id: 'middle', start: 2, end: 10 },
    ])
    expect(Object.fromEntries(depths)).toEqual({ outer: 0, middle: 1, inner: 2 })
  })

  it('gives overlapping spans different depths so both stay visible', () => {
    const depths = spanDepths([
      { id: 'a', start: 0, end: 10 },
      { id: 'b', start: 5, end: 15 },
    ])
    expect(Object.fromEntries(depths)).toEqual({ a: 0, b: 1 })
  })

  it('reuses depth 0 for spans that do not overlap', () => {
    const depths = spanDepths([
      { id: 'a', start: 0, end: 5 },
      { id: 'b', start: 5, end: 9 },
      { id: 'c', start: 12, end: 14 },
    ])
    expect(Object.fromEntries(depths)).toEqual({ a: 0, b: 0, c: 0 })
  })

  it('reuses the lowest free depth after a span closes', () => {
    const depths = spanDepths([
      { id: 'a', start: 0, end: 30 },
      { id: 'b', start: 1, end: 5 },
      { id: 'c', start: 2, end: 20 },
      { id: 'd', start: 6, end: 8 },
    ])
    expect(Object.fromEntries(depths)).toEqual({ a: 0, b: 1, c: 2, d: 1 })
  })

  it('never gives overlapping spans the same depth among 10,000 spans', () => {
    const spans = Array.from({ length: 10_000 }, (_, i) => {
      const start = (i * 7919) % 100_000
      return { id: `s${i}`, start, end: start + 1 + ((i * 31) % 300) }
    })
    const depths = spanDepths(spans)
    const sorted = [...spans].sort((a, b) => a.start - b.start)
    const clashes: string[] = []
    sorted.forEach((a, i) => {
      for (const b of sorted.slice(i + 1)) {
        if (b.start >= a.end) break
        if (depths.get(a.id) === depths.get(b.id)) clashes.push(`${a.id}/${b.id}`)
      }
    })
    expect(clashes).toEqual([])
  })
})
