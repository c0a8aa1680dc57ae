import { describe, expect, it } from 'vitest'
import { fleissKappa } from '../../../src/shared/agreement/fleissKappa'

// Fleiss, J. L. (1971). Measuring nominal scale agreement among many raters. Psychological
// Bulletin 76(5), 378–382: psychiatric diagnoses of 30 patients by 6 raters each, in 5 categories
// (1 depression, 2 personality disorder, 3 schizophrenia, 4 neurosis, 5 other). Printed κ = .430.
// The ratings are those of the irr R package's `diagnoses` data set (as also used by statsmodels'
// tests), whose kappam.fleiss(diagnoses) gives 0.4302445.
const diagnoses = [
  [4, 4, 4, 4, 4, 4],
  [2, 2, 2, 5, 5, 5],
  [2, 3, 3, 3, 3, 5],
  [5, 5, 5, 5, 5, 5],
  [2, 2, 2, 4, 4, 4],
  [1, 1, 3, 3, 3, 3],
  [3, 3, 3, 3, 5, 5],
  [1, 1, 3, 3, 3, 4],
  [1, 1, 4, 4, 4, 4],
  [5, 5, 5, 5, 5, 5],
  [1, 4, 4, 4, 4, 4],
  [1, 2, 4, 4, 4, 4],
  [2, 2, 2, 3, 3, 3],
  [1, 4, 4, 4, 4, 4],
  [2, 2, 4, 4, 4, 5],
  [3, 3, 3, 3, 3, 5],
  [1, 1, 1, 4, 5, 5],
  [1, 1, 1, 1, 1, 2],
  [2, 2, 4, 4, 4, 4],
  [1, 3, 3, 5, 5, 5],
  [5, 5, 5, 5, 5, 5],
  [2, 4, 4, 4, 4, 4],
  [2, 2, 4, 5, 5, 5],
  [1, 1, 4, 4, 4, 4],
  [1, 4, 4, 4, 4, 5],
  [2, 2, 2, 2, 2, 4],
  [1, 1, 1, 1, 5, 5],
  [2, 2, 4, 4, 4, 4],
  [1, 3, 3, 3, 3, 3],
  [5, 5, 5, 5, 5, 5],
]
const toCounts = (ratings: number[][], categories: number): number[][] =>
  ratings.map((row) => {
    const counts = new Array<number>(categories).fill(0)
    for (const r of row) counts[r - 1] = (counts[r - 1] as number) + 1
    return counts
  })

describe('fleissKappa', () => {
  it('reproduces the psychiatric diagnoses example of Fleiss (1971)', () => {
    const result = fleissKappa(toCounts(diagnoses, 5))
    expect(result.kappa).toBeCloseTo(0.43, 3)
    expect(result.kappa).toBeCloseTo(0.4302445, 7) // irr::kappam.fleiss
    expect(result.units).toBe(30)
    expect(result.raters).toBe(6)
  })

  it('reproduces the worked example of the Wikipedia article', () => {
    // Wikipedia, "Fleiss' kappa", worked example: 14 raters, 10 subjects, 5 categories.
    // Printed: P̄ = 0.378, P̄e = 0.213, κ = 0.210.
    const result = fleissKappa([
      [0, 0, 0, 0, 14],
      [0, 2, 6, 4, 2],
      [0, 0, 3, 5, 6],
      [0, 3, 9, 2, 0],
      [2, 2, 8, 1, 1],
      [7, 7, 0, 0, 0],
      [3, 2, 6, 3, 0],
      [2, 5, 3, 2, 2],
      [6, 5, 2, 1, 0],
      [0, 2, 2, 3, 7],
    ])
    expect(result.pBar).toBeCloseTo(0.378, 3)
    expect(result.peBar).toBeCloseTo(0.213, 3)
    expect(result.kappa).toBeCloseTo(0.21, 3)
  })

  it('gives 1 for perfect agreement and is undefined when every rating is one category', () => {
    expect(
      fleissKappa([
        [3, 0],
        [0, 3],
      ]).kappa,
    ).toBe(1)
    expect(
      fleissKappa([
        [3, 0],
        [3, 0],
      ]).kappa,
    ).toBeNaN()
  })

  it('rejects tables that do not fit Fleiss’ design', () => {
    expect(() => fleissKappa([])).toThrow(RangeError)
    expect(() =>
      fleissKappa([
        [2, 1],
        [1, 1],
      ]),
    ).toThrow(/raters must be equal/)
    expect(() =>
      fleissKappa([
        [1, 0],
        [0, 1],
      ]),
    ).toThrow(/2 or more/)
    expect(() => fleissKappa([[2, 1], [3]])).toThrow(RangeError)
    expect(() =>
      fleissKappa([
        [2, 1.5],
        [3, 0.5],
      ]),
    ).toThrow(/not a count/)
    expect(() =>
      fleissKappa([
        [4, -1],
        [3, 0],
      ]),
    ).toThrow(/not a count/)
  })
})
