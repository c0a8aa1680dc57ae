import { describe, expect, it } from 'vitest'
import { binomialSample } from '../../../src/shared/agreement/binomialSample'
import { logFactorial } from '../../../src/shared/agreement/logFactorial'
import { multinomialCounts } from '../../../src/shared/agreement/multinomialCounts'
import { mulberry32 } from '../../../src/shared/agreement/mulberry32'

/** P(X = x) for X ~ Bin(n, p), computed directly. */
const pmf = (n: number, p: number, x: number) =>
  Math.exp(
    logFactorial(n) -
      logFactorial(x) -
      logFactorial(n - x) +
      x * Math.log(p) +
      (n - x) * Math.log(1 - p),
  )

describe('logFactorial', () => {
  it('matches summed logarithms on both sides of the table', () => {
    let sum = 0
    for (let k = 1; k <= 2000; k++) {
      sum += Math.log(k)
      expect(Math.abs(logFactorial(k) - sum)).toBeLessThan(1e-12 * Math.max(sum, 1))
    }
    expect(logFactorial(0)).toBe(0)
    expect(logFactorial(5)).toBeCloseTo(Math.log(120), 14)
  })
})

describe('binomialSample', () => {
  it('returns the certain outcomes without drawing', () => {
    const never = () => {
      throw new Error('drew')
    }
    expect(binomialSample(0, 0.3, never)).toBe(0)
    expect(binomialSample(10, 0, never)).toBe(0)
    expect(binomialSample(10, 1, never)).toBe(10)
  })

  it('inverts the distribution: every uniform maps to the outcome whose share of [0, 1) holds it', () => {
    // A fine grid of uniforms must land on each outcome in proportion to its probability.
    for (const [n, p] of [
      [12, 0.3],
      [40, 0.9],
      [1, 0.5],
    ] as const) {
      const grid = 200_000
      const hits = new Array<number>(n + 1).fill(0)
      for (let i = 0; i < grid; i++) {
        const u = (i + 0.5) / grid
        hits[binomialSample(n, p, () => u)]! += 1
      }
      for (let x = 0; x <= n; x++) {
        expect(Math.abs(hits[x]! / grid - pmf(n, p, x))).toBeLessThan(2 / grid)
      }
    }
  })

  it('has the binomial mean and variance for large counts', () => {
    const random = mulberry32(7)
    for (const [n, p] of [
      [40_000, 0.02],
      [40_000, 0.5],
      [5_000, 0.97],
    ] as const) {
      const draws = Array.from({ length: 4000 }, () => binomialSample(n, p, random))
      expect(Math.min(...draws)).toBeGreaterThanOrEqual(0)
      expect(Math.max(...draws)).toBeLessThanOrEqual(n)
      const mean = draws.reduce((a, b) => a + b, 0) / draws.length
      const variance = draws.reduce((a, b) => a + (b - mean) ** 2, 0) / (draws.length - 1)
      const sd = Math.sqrt(n * p * (1 - p))
      // Six standard errors: with the fixed seed this is a check of the formulas, never a flake.
      expect(Math.abs(mean - n * p)).toBeLessThan((6 * sd) / Math.sqrt(draws.length))
      expect(Math.abs(variance / (sd * sd) - 1)).toBeLessThan(0.15)
    }
  })
})

describe('multinomialCounts', () => {
  it('spreads all n trials over the groups in proportion to their sizes', () => {
    const random = mulberry32(11)
    const sizes = Int32Array.from([5000, 0, 20, 14_980, 20_000])
    const totals = new Array<number>(sizes.length).fill(0)
    const counts = new Int32Array(sizes.length)
    for (let r = 0; r < 500; r++) {
      multinomialCounts(40_000, sizes, counts, random)
      expect(counts.reduce((a, b) => a + b, 0)).toBe(40_000)
      expect(counts[1]).toBe(0)
      counts.forEach((c, k) => (totals[k]! += c))
    }
    sizes.forEach((size, k) => expect(totals[k]! / 500).toBeCloseTo(size, -2))
  })
})
