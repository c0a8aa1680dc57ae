import { describe, expect, it } from 'vitest'
import { mulberry32 } from '../../../src/shared/agreement/mulberry32'

describe('mulberry32', () => {
  it('repeats its sequence for the same seed and differs for another', () => {
    const a = mulberry32(42)
    const b = mulberry32(42)
    const c = mulberry32(43)
    const first = Array.from({ length: 5 }, () => a())
    expect(Array.from({ length: 5 }, () => b())).toEqual(first)
    expect(Array.from({ length: 5 }, () => c())).not.toEqual(first)
  })

  it('yields floats in [0, 1) spread evenly over ten bins', () => {
    const random = mulberry32(7)
    const bins = new Array<number>(10).fill(0)
    let outside = 0
    for (let i = 0; i < 100_000; i++) {
      const x = random()
      if (!(x >= 0 && x < 1)) outside += 1
      const bin = Math.floor(x * 10)
      bins[bin] = (bins[bin] ?? 0) + 1
    }
    expect(outside).toBe(0)
    for (const count of bins) expect(Math.abs(count - 10_000)).toBeLessThan(400)
  })

  it('takes the seed modulo 2³²', () => {
    expect(mulberry32(2 ** 32 + 5)()).toBe(mulberry32(5)())
  })
})
