import { describe, expect, it } from 'vitest'
import type { UnitizingData } from '../../../src/shared/agreement/unitizedAlpha'
import { unitizedAlpha } from '../../../src/shared/agreement/unitizedAlpha'
import { unitizingDisagreement } from '../../../src/shared/agreement/unitizingDisagreement'

// Krippendorff, K. (2004). Content Analysis: An Introduction to Its Methodology, 2nd ed., the
// worked example of αU for unitizing (p. 254): two observers, a continuum from 150 to 450
// (shifted here to 0..300), categories c and k. Observer i: c at 225+70, 370+30; k at 180+60,
// 300+50. Observer j: c at 220+80, 355+20, 400+20; k at 180+60, 300+50. The data and the values
// below (uDo_c = .0144, uDe_c = .0532, αU_c = .7286; uDo_k = 0, uDe_k = .0490, αU_k = 1; αU =
// .8591) are as transcribed in DKPro Statistics' Krippendorff2004Test (the book was not at hand).
const shift = (start: number, length: number, category: string) => ({
  start: start - 150,
  end: start - 150 + length,
  category,
})
const krippendorff2004: UnitizingData = {
  length: 300,
  coders: [
    {
      coder: 'i',
      segments: [
        shift(225, 70, 'c'),
        shift(370, 30, 'c'),
        shift(180, 60, 'k'),
        shift(300, 50, 'k'),
      ],
    },
    {
      coder: 'j',
      segments: [
        shift(220, 80, 'c'),
        shift(355, 20, 'c'),
        shift(400, 20, 'c'),
        shift(180, 60, 'k'),
        shift(300, 50, 'k'),
      ],
    },
  ],
}

describe('unitizedAlpha', () => {
  it('reproduces the per-category values of the worked example (Krippendorff 2004)', () => {
    const result = unitizedAlpha(krippendorff2004)
    const [c, k] = result.categories
    expect(c?.category).toBe('c')
    expect(c?.observedDisagreement).toBeCloseTo(0.0144, 4)
    expect(c?.expectedDisagreement).toBeCloseTo(0.0532, 4)
    expect(c?.alpha).toBeCloseTo(0.7286, 4)
    expect(c?.units).toBe(5)
    expect(k?.category).toBe('k')
    expect(k?.observedDisagreement).toBe(0)
    expect(k?.expectedDisagreement).toBeCloseTo(0.049, 4)
    expect(k?.alpha).toBe(1)
  })

  it('pools the categories as 1 − ΣuDo/ΣuDe, which the 4-decimal intermediates put at .8591', () => {
    const result = unitizedAlpha(krippendorff2004)
    // Exactly: uDo_c = 1300·2/(2·300²) = 0.014444…, so αU = 0.8587; the published .8591 follows
    // from the rounded .0144/(.0532 + .0490).
    expect(result.observedDisagreement).toBeCloseTo(2600 / (2 * 300 * 300), 12)
    expect(result.alpha).toBeCloseTo(
      1 - result.observedDisagreement / result.expectedDisagreement,
      12,
    )
    expect(result.alpha).toBeCloseTo(0.8587, 4)
    expect(1 - 0.0144 / (0.0532 + 0.049)).toBeCloseTo(0.8591, 4)
  })

  it('reproduces the distances of the worked example (Krippendorff 2004)', () => {
    // δ²(225+70, 220+80) = 50 and δ²(370+30, 355+20) = 850 for overlapping units; a unit 400+20
    // inside the other observer's gap adds 20² = 400. Each pair is put alone on a continuum of
    // 1,000, where uDo = 2·δ²/(2·1·1000²).
    const distance = (a: [number, number][], b: [number, number][]) =>
      (unitizingDisagreement(
        [a, b].map((units) => units.map(([start, length]) => ({ start, end: start + length }))),
        1000,
      ).observedDisagreement *
        (2 * 1000 * 1000)) /
      2
    expect(distance([[225, 70]], [[220, 80]])).toBeCloseTo(50, 9)
    expect(distance([[370, 30]], [[355, 20]])).toBeCloseTo(850, 9)
    expect(distance([], [[400, 20]])).toBeCloseTo(400, 9)
  })

  it('reproduces the observed disagreements of the examples in Krippendorff (1995)', () => {
    // Krippendorff, K. (1995). On the reliability of unitizing continuous data. Sociological
    // Methodology 25, 47–76, p. 57: four pairs of coders on a continuum of 24, as transcribed in
    // DKPro Statistics' Krippendorff1995Test. Printed uDo: A .03125, B 2.26736, C .02777,
    // D .38715. (Its uDe differs from the 2004 definition used here, so α is not compared.)
    const pair = (a: [number, number][], b: [number, number][]) =>
      unitizingDisagreement(
        [a, b].map((units) => units.map(([start, length]) => ({ start, end: start + length }))),
        24,
      ).observedDisagreement
    expect(
      pair(
        [
          [2, 8],
          [14, 6],
        ],
        [
          [4, 4],
          [15, 2],
        ],
      ),
    ).toBeCloseTo(0.03125, 5)
    const jill: [number, number][] = [
      [0, 2],
      [2, 1],
      [3, 1],
      [4, 1],
      [5, 1],
      [6, 3],
      [9, 1],
    ]
    expect(pair([[0, 18]], jill)).toBeCloseTo(2.26736, 5)
    const gerret: [number, number][] = [
      [2, 6],
      [10, 2],
      [14, 4],
      [20, 2],
    ]
    const gill: [number, number][] = [
      [0, 2],
      [4, 4],
      [10, 4],
      [16, 2],
      [20, 2],
    ]
    expect(Math.trunc(pair(gerret, gill) * 1e5) / 1e5).toBe(0.02777)
    const heather: [number, number][] = [
      [0, 2],
      [2, 8],
      [10, 4],
      [14, 6],
      [20, 4],
    ]
    const hill: [number, number][] = [
      [0, 4],
      [4, 4],
      [8, 7],
      [15, 2],
      [17, 7],
    ]
    expect(pair(heather, hill)).toBeCloseTo(0.38715, 5)
  })

  it('gives 1 for identical unitizations by any number of coders', () => {
    const segments = [
      { start: 3, end: 10, category: 'quote' },
      { start: 20, end: 31, category: 'claim' },
    ]
    const result = unitizedAlpha({
      length: 50,
      coders: ['a', 'b', 'c'].map((coder) => ({ coder, segments })),
    })
    expect(result.alpha).toBe(1)
    expect(result.binary.alpha).toBe(1)
    expect(result.categories.map((c) => c.alpha)).toEqual([1, 1])
  })

  it('is undefined (NaN) when nobody marked anything', () => {
    const result = unitizedAlpha({
      length: 10,
      coders: [
        { coder: 'a', segments: [] },
        { coder: 'b', segments: [] },
      ],
    })
    expect(result.alpha).toBeNaN()
    expect(result.binary.alpha).toBeNaN()
    expect(result.categories).toEqual([])
  })

  it('ignores categories in the binary version and merges a coder’s overlapping segments', () => {
    const result = unitizedAlpha({
      length: 40,
      coders: [
        {
          coder: 'a',
          segments: [
            { start: 0, end: 10, category: 'x' },
            { start: 5, end: 15, category: 'y' },
            { start: 6, end: 8, category: 'y' }, // nested in a same-category segment
          ],
        },
        { coder: 'b', segments: [{ start: 0, end: 15, category: 'z' }] },
      ],
    })
    expect(result.mergedSegments).toBe(1)
    expect(result.binary.alpha).toBe(1) // both marked 0–15 as relevant matter
    expect(result.binary.units).toBe(2)
    expect(result.categories.map((c) => c.category)).toEqual(['x', 'y', 'z'])
  })

  it('rejects data outside the model', () => {
    const coder = (name: string, start: number, end: number) => ({
      coder: name,
      segments: [{ start, end, category: 'q' }],
    })
    expect(() => unitizedAlpha({ length: 10, coders: [coder('a', 0, 5)] })).toThrow(/two coders/)
    expect(() =>
      unitizedAlpha({ length: 10, coders: [coder('a', 0, 5), coder('a', 0, 5)] }),
    ).toThrow(/twice/)
    expect(() =>
      unitizedAlpha({ length: 10, coders: [coder('a', 0, 5), coder('b', 5, 11)] }),
    ).toThrow(RangeError)
    expect(() =>
      unitizedAlpha({ length: 10, coders: [coder('a', 3, 3), coder('b', 0, 5)] }),
    ).toThrow(RangeError)
    expect(() =>
      unitizedAlpha({ length: 10, coders: [coder('a', 0.5, 3), coder('b', 0, 5)] }),
    ).toThrow(/integers/)
    expect(() => unitizedAlpha({ length: 0, coders: [] })).toThrow(/positive integer/)
  })

  it('handles 2,000 documents × 3 coders × 20 spans on one continuum', () => {
    let seed = 9
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    const coders = ['a', 'b', 'c'].map((coder) => ({
      coder,
      segments: Array.from({ length: 40_000 }, (_value, i) => {
        const start = i * 250 + Math.floor(next() * 100)
        return { start, end: start + 20 + Math.floor(next() * 100), category: `k${i % 5}` }
      }),
    }))
    const result = unitizedAlpha({ length: 40_000 * 250, coders })
    expect(result.categories).toHaveLength(5)
    expect(result.alpha).toBeLessThan(1)
  })
})
