import { describe, expect, it } from 'vitest'
import { drawSample } from '../../../src/shared/agreement/drawSample'

const frame = Array.from({ length: 100 }, (_, i) => ({
  id: `doc-${String(i).padStart(3, '0')}`,
  stratum: i < 60 ? 'Times' : i < 90 ? 'Post' : 'Wire',
}))

describe('drawSample', () => {
  it('draws the same sample for the same seed, whatever the frame order', () => {
    const a = drawSample(frame, { count: 10 }, 42)
    const b = drawSample([...frame].reverse(), { count: 10 }, 42)
    expect(a.ids).toHaveLength(10)
    expect(new Set(a.ids).size).toBe(10)
    expect(b.ids).toEqual(a.ids)
  })

  it('draws a different sample for another seed', () => {
    expect(drawSample(frame, { count: 10 }, 1).ids).not.toEqual(
      drawSample(frame, { count: 10 }, 2).ids,
    )
  })

  it('takes a fraction of the frame, rounded, and caps a count at the frame size', () => {
    expect(drawSample(frame, { fraction: 0.125 }, 7).ids).toHaveLength(13)
    expect(drawSample(frame.slice(0, 5), { count: 50 }, 7).ids).toHaveLength(5)
  })

  it('allocates a stratified sample to strata in proportion, by largest remainder', () => {
    const sample = drawSample(frame, { count: 15 }, 3, true)
    expect(sample.allocation).toEqual([
      { stratum: 'Post', population: 30, drawn: 5 },
      { stratum: 'Times', population: 60, drawn: 9 },
      { stratum: 'Wire', population: 10, drawn: 1 },
    ])
    const drawnIn = (s: string) =>
      sample.ids.filter((id) => frame.find((d) => d.id === id)?.stratum === s).length
    expect([drawnIn('Post'), drawnIn('Times'), drawnIn('Wire')]).toEqual([5, 9, 1])
    expect(drawSample(frame, { count: 15 }, 3, true).ids).toEqual(sample.ids)
  })

  it('refuses a negative size, a fraction above 1 and a non-integer seed', () => {
    expect(() => drawSample(frame, { count: -1 }, 1)).toThrow(RangeError)
    expect(() => drawSample(frame, { fraction: 1.5 }, 1)).toThrow(RangeError)
    expect(() => drawSample(frame, { count: 1 }, 1.5)).toThrow(RangeError)
  })
})
