import { describe, expect, it } from 'vitest'
import { cohenKappa } from '../../../src/shared/agreement/cohenKappa'

/** Two coders' values for the units of an agreement matrix (rows coder A, columns coder B). */
function fromMatrix(matrix: number[][]): { a: number[]; b: number[] } {
  const a: number[] = []
  const b: number[] = []
  matrix.forEach((row, i) =>
    row.forEach((count, j) => {
      for (let n = 0; n < count; n++) {
        a.push(i)
        b.push(j)
      }
    }),
  )
  return { a, b }
}

describe('cohenKappa', () => {
  it('reproduces the worked example of Cohen (1960)', () => {
    // Cohen, J. (1960). A coefficient of agreement for nominal scales. Educational and
    // Psychological Measurement 20(1), 37–46, the example of 200 units in three categories
    // (p. 45): counts 88 14 18 / 10 40 10 / 2 6 12. Printed: p_o = .70, p_c = .41, κ = .492.
    const { a, b } = fromMatrix([
      [88, 14, 18],
      [10, 40, 10],
      [2, 6, 12],
    ])
    const result = cohenKappa(a, b)
    expect(result.n).toBe(200)
    expect(result.po).toBeCloseTo(0.7, 2)
    expect(result.pe).toBeCloseTo(0.41, 2)
    expect(result.kappa).toBeCloseTo(0.492, 3)
  })

  it('deletes units missing for either coder before counting', () => {
    const result = cohenKappa(['x', 'y', null, 'x', 'y'], ['x', 'y', 'x', null, 'x'])
    // Kept: (x, x), (y, y), (y, x): p_o = 2/3; A = {x: 1, y: 2}, B = {x: 2, y: 1}: p_e = 4/9.
    expect(result.n).toBe(3)
    expect(result.po).toBeCloseTo(2 / 3, 12)
    expect(result.pe).toBeCloseTo(4 / 9, 12)
    expect(result.kappa).toBeCloseTo((2 / 3 - 4 / 9) / (1 - 4 / 9), 12)
  })

  it('gives 1 for perfect agreement and is undefined without variation or pairs', () => {
    expect(cohenKappa([1, 2, 3], [1, 2, 3]).kappa).toBe(1)
    expect(cohenKappa([1, 1], [1, 1]).kappa).toBeNaN()
    expect(cohenKappa([1, null], [null, 2])).toEqual({ kappa: NaN, po: NaN, pe: NaN, n: 0 })
  })

  it('rejects coders with different numbers of units', () => {
    expect(() => cohenKappa([1, 2], [1])).toThrow(RangeError)
  })
})
