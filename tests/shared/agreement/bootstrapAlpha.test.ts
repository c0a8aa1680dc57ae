import { describe, expect, it } from 'vitest'
import { bootstrapAlpha } from '../../../src/shared/agreement/bootstrapAlpha'
import { krippendorffAlpha } from '../../../src/shared/agreement/krippendorffAlpha'
import type { CodeValue } from '../../../src/shared/agreement/types'
import { mulberry32 } from '../../../src/shared/agreement/mulberry32'
import { randomData, randomInts } from './randomData'

/** Three coders who agree on about 80 % of 200 units, with some missing values. */
function fairlyReliable(seed: number): CodeValue[][] {
  const truth = randomData(seed, 1, 200, 5)[0] as CodeValue[]
  const next = randomInts(seed + 1)
  return [0, 1, 2].map(() =>
    truth.map((value) => {
      const roll = next(100)
      if (roll < 5) return null
      return roll < 85 ? value : 1 + next(5)
    }),
  )
}

describe('bootstrapAlpha', () => {
  it('gives the same interval for the same seed, and another for another seed', () => {
    const data = fairlyReliable(1)
    const first = bootstrapAlpha(data, 'nominal', { seed: 2024, resamples: 300 })
    expect(bootstrapAlpha(data, 'nominal', { seed: 2024, resamples: 300 })).toEqual(first)
    const other = bootstrapAlpha(data, 'nominal', { seed: 2025, resamples: 300 })
    expect([other.lower, other.upper]).not.toEqual([first.lower, first.upper])
  })

  it('returns the data’s own alpha inside its interval', () => {
    for (const seed of [1, 2, 3]) {
      const data = fairlyReliable(seed)
      for (const level of ['nominal', 'ordinal', 'interval'] as const) {
        const result = bootstrapAlpha(data, level, { seed })
        expect(result.alpha).toBe(krippendorffAlpha(data, level).alpha)
        expect(result.lower).toBeLessThan(result.alpha)
        expect(result.upper).toBeGreaterThan(result.alpha)
        expect(result.resamples).toBe(1000)
        expect(result.seed).toBe(seed)
        expect(result.confidence).toBe(0.95)
      }
    }
  })

  it('gives the interval of redrawing units one by one, within Monte Carlo error', () => {
    // The plain method the pattern counts stand for: draw pairable units with replacement.
    const data = fairlyReliable(5)
    const pairable = data[0]!
      .map((_, u) => u)
      .filter((u) => data.filter((row) => row[u] !== null).length >= 2)
    const random = mulberry32(99)
    const alphas: number[] = []
    for (let r = 0; r < 4000; r++) {
      const drawn = pairable.map(() => pairable[Math.floor(random() * pairable.length)]!)
      alphas.push(
        krippendorffAlpha(
          data.map((row) => drawn.map((u) => row[u]!)),
          'nominal',
        ).alpha,
      )
    }
    alphas.sort((a, b) => a - b)
    const fast = bootstrapAlpha(data, 'nominal', { seed: 3, resamples: 4000 })
    expect(Math.abs(fast.lower - alphas[Math.round(0.025 * 3999)]!)).toBeLessThan(0.01)
    expect(Math.abs(fast.upper - alphas[Math.round(0.975 * 3999)]!)).toBeLessThan(0.01)
  })

  it('narrows the interval as the confidence level drops', () => {
    const data = fairlyReliable(4)
    const wide = bootstrapAlpha(data, 'nominal', { seed: 9, confidence: 0.99 })
    const narrow = bootstrapAlpha(data, 'nominal', { seed: 9, confidence: 0.5 })
    expect(narrow.lower).toBeGreaterThan(wide.lower)
    expect(narrow.upper).toBeLessThan(wide.upper)
  })

  it('leaves out resamples without variation and gives NaN bounds when none is left', () => {
    const constant = bootstrapAlpha(
      [
        [1, 1, 1],
        [1, 1, 1],
      ],
      'nominal',
      { resamples: 20 },
    )
    expect(constant).toMatchObject({ resamples: 0 })
    expect(constant.alpha).toBeNaN()
    expect(constant.lower).toBeNaN()
    expect(constant.upper).toBeNaN()
    // One unit of two holds all the variation: resamples drawing only the other are undefined.
    const tiny = bootstrapAlpha(
      [
        [1, 1],
        [2, 1],
      ],
      'nominal',
      { resamples: 200, seed: 3 },
    )
    expect(tiny.resamples).toBeGreaterThan(100)
    expect(tiny.resamples).toBeLessThan(200)
  })

  it('rejects options that would make the interval meaningless', () => {
    const data = fairlyReliable(5)
    expect(() => bootstrapAlpha(data, 'nominal', { resamples: 0 })).toThrow(RangeError)
    expect(() => bootstrapAlpha(data, 'nominal', { resamples: 10.5 })).toThrow(RangeError)
    expect(() => bootstrapAlpha(data, 'nominal', { seed: 0.5 })).toThrow(RangeError)
    expect(() => bootstrapAlpha(data, 'nominal', { confidence: 1 })).toThrow(RangeError)
    expect(() => bootstrapAlpha(data, 'nominal', { confidence: 0 })).toThrow(RangeError)
  })

  it('bootstraps 2,000 units × 3 coders 1,000 times', () => {
    const data = randomData(8, 3, 2000, 5, 0.05)
    const result = bootstrapAlpha(data, 'ordinal', { seed: 1 })
    expect(result.resamples).toBe(1000)
  })
})
