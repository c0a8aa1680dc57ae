import { describe, expect, it } from 'vitest'
import { krippendorffAlpha } from '../../../src/shared/agreement/krippendorffAlpha'
import type { CodeValue } from '../../../src/shared/agreement/types'
import { randomData, shuffled } from './randomData'

const _ = null

// Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg School for
// Communication Departmental Papers 43, section C: observers A–D, units 1–12, values 1–5, with
// missing values. Printed: nominal α = 0.743, ordinal 0.815, interval 0.849, ratio 0.797.
const krippendorff2011: CodeValue[][] = [
  [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
  [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
]

// Hayes, A. F., & Krippendorff, K. (2007). Answering the call for a standard reliability measure
// for coding data. Communication Methods and Measures 1(1), 77–89, Table 1 (p. 84): five observers
// judge the tone of 40 newspaper articles, 0 (sure loser) to 3 (likely winner), "." missing.
// Printed (KALPHA output): ordinal α = .7598. Transposed here to observers × units.
const hayesKrippendorff2007Units: CodeValue[][] = [
  [1, 1, 2, _, 2],
  [1, 1, 0, 1, _],
  [2, 3, 3, 3, _],
  [_, 0, 0, _, 0],
  [0, 0, 0, _, 0],
  [0, 0, 0, _, 0],
  [1, 0, 2, _, 1],
  [1, _, 2, 0, _],
  [2, 2, 2, _, 2],
  [2, 1, 1, 1, _],
  [_, 1, 0, 0, _],
  [0, 0, 0, 0, _],
  [1, 2, 2, 2, _],
  [3, 3, 2, 2, 3],
  [1, 1, 1, _, 1],
  [1, 1, 1, _, 1],
  [2, 1, 2, _, 2],
  [1, 2, 3, 3, _],
  [1, 1, 0, 1, _],
  [0, 0, 0, _, 0],
  [0, 0, 1, 1, _],
  [0, 0, _, 0, 0],
  [2, 3, 3, 3, _],
  [0, 0, 0, 0, _],
  [1, 2, _, 2, 2],
  [0, 1, 1, 1, _],
  [0, 0, 0, 1, 0],
  [1, 2, 1, 2, _],
  [1, 1, 2, 2, _],
  [1, 1, 2, _, 2],
  [1, 1, 0, _, 0],
  [2, 1, 2, 1, _],
  [2, 2, _, 2, 2],
  [3, 2, 2, 2, _],
  [2, 2, 2, _, 2],
  [2, 2, 3, _, 2],
  [2, 2, 2, _, 2],
  [2, 2, _, 1, 2],
  [2, 2, 2, 2, _],
  [1, 1, 1, _, 1],
]
const transpose = (rows: CodeValue[][]): CodeValue[][] =>
  (rows[0] as CodeValue[]).map((_value, i) => rows.map((row) => row[i] as CodeValue))

describe('krippendorffAlpha', () => {
  it('reproduces the four levels of the 4 × 12 example with missing values (Krippendorff 2011)', () => {
    expect(krippendorffAlpha(krippendorff2011, 'nominal').alpha).toBeCloseTo(0.743, 3)
    expect(krippendorffAlpha(krippendorff2011, 'ordinal').alpha).toBeCloseTo(0.815, 3)
    expect(krippendorffAlpha(krippendorff2011, 'interval').alpha).toBeCloseTo(0.849, 3)
    expect(krippendorffAlpha(krippendorff2011, 'ratio').alpha).toBeCloseTo(0.797, 3)
  })

  it('drops the unit coded once and builds the coincidence matrix of Krippendorff (2011)', () => {
    const result = krippendorffAlpha(krippendorff2011, 'nominal')
    // Unit 12 has one value; units 1–11 hold n.. = 40 pairable values. Unit 1 (1, 1, 1) adds
    // 3·2/2 = 3 to o_11; unit 6 (1, 2, 3, 4) adds 1/3 to each off-diagonal cell it touches.
    expect(result.units).toBe(11)
    expect(result.pairableValues).toBe(40)
    expect(result.values).toEqual([1, 2, 3, 4, 5])
    const third = 1 / 3
    const expected = [
      [7, 4 * third, third, third, 0],
      [4 * third, 10, 4 * third, third, 0],
      [third, 4 * third, 8, third, 0],
      [third, third, third, 4, 0],
      [0, 0, 0, 0, 3],
    ]
    result.coincidence.forEach((row, c) =>
      row.forEach((cell, k) => expect(cell).toBeCloseTo(expected[c]?.[k] as number, 12)),
    )
    expect(result.observedDisagreement).toBeCloseTo(8 / 40, 12)
  })

  it('reproduces the ordinal alpha of the news-tone example (Hayes & Krippendorff 2007)', () => {
    const result = krippendorffAlpha(transpose(hayesKrippendorff2007Units), 'ordinal')
    expect(result.alpha).toBeCloseTo(0.7598, 4)
    expect(result.units).toBe(40)
  })

  it('reproduces the binary two-coder example (Krippendorff 2004, §11.3.1)', () => {
    // Krippendorff, K. (2004). Content Analysis, 2nd ed., §11.3.1: two coders judge the presence
    // of an attribute in ten articles; printed α = .095. Data as transcribed by the R package
    // jucor/krippendorff (data-raw/krippendorff2004.binary.two.observers.csv).
    const data = [
      [1, 1, 0, 0, 0, 0, 0, 0, 0, 0],
      [0, 1, 1, 0, 0, 1, 0, 1, 0, 0],
    ]
    expect(krippendorffAlpha(data, 'nominal').alpha).toBeCloseTo(0.095, 3)
  })

  it('reproduces the computational example of the Wikipedia article', () => {
    // Wikipedia, "Krippendorff's alpha", section "A computational example": 3 coders, 15 units.
    // Printed: nominal α = 0.691, interval α = 0.811.
    const data = [
      [_, _, _, _, _, 3, 4, 1, 2, 1, 1, 3, 3, _, 3],
      [1, _, 2, 1, 3, 3, 4, 3, _, _, _, _, _, _, _],
      [_, _, 2, 1, 3, 4, 4, _, 2, 1, 1, 3, 3, _, 4],
    ]
    expect(krippendorffAlpha(data, 'nominal').alpha).toBeCloseTo(0.691, 3)
    expect(krippendorffAlpha(data, 'interval').alpha).toBeCloseTo(0.811, 3)
  })

  it('orders string values for the ordinal level as options.order says', () => {
    const labels = ['very low', 'low', 'mid', 'high', 'very high']
    const asLabels = krippendorff2011.map((row) =>
      row.map((value) => (value === null ? null : (labels[(value as number) - 1] as string))),
    )
    const result = krippendorffAlpha(asLabels, 'ordinal', { order: labels })
    expect(result.alpha).toBeCloseTo(0.815, 3)
    expect(result.values).toEqual(labels)
    expect(() => krippendorffAlpha(asLabels, 'ordinal')).toThrow(TypeError)
    expect(() => krippendorffAlpha(asLabels, 'ordinal', { order: labels.slice(1) })).toThrow(
      RangeError,
    )
  })

  it('gives 1 for perfect agreement at every level', () => {
    const data = [
      [1, 2, 3, 4, _],
      [1, 2, 3, 4, 2],
      [_, 2, 3, 4, 2],
    ]
    for (const level of ['nominal', 'ordinal', 'interval', 'ratio'] as const) {
      expect(krippendorffAlpha(data, level).alpha).toBe(1)
    }
  })

  it('is undefined (NaN) when the data show no variation or nothing is pairable', () => {
    const single = krippendorffAlpha(
      [
        [2, 2, 2],
        [2, 2, 2],
      ],
      'nominal',
    )
    expect(single.alpha).toBeNaN()
    expect(single.observedDisagreement).toBe(0)
    expect(single.expectedDisagreement).toBe(0)
    const unpaired = krippendorffAlpha(
      [
        [1, _],
        [_, 2],
      ],
      'nominal',
    )
    expect(unpaired.alpha).toBeNaN()
    expect(unpaired.units).toBe(0)
    expect(krippendorffAlpha([], 'nominal').alpha).toBeNaN()
  })

  it('treats the ratio metric of two zeros as no difference', () => {
    expect(
      krippendorffAlpha(
        [
          [0, 1, 2],
          [0, 1, 2],
        ],
        'ratio',
      ).alpha,
    ).toBe(1)
  })

  it('rejects malformed data instead of guessing', () => {
    expect(() => krippendorffAlpha([[1, 2], [1]], 'nominal')).toThrow(RangeError)
    expect(() =>
      krippendorffAlpha(
        [
          [1, NaN],
          [1, 2],
        ],
        'nominal',
      ),
    ).toThrow(TypeError)
    expect(() =>
      krippendorffAlpha(
        [
          ['a', 'b'],
          ['a', 'b'],
        ],
        'interval',
      ),
    ).toThrow(TypeError)
    expect(() =>
      krippendorffAlpha(
        [
          [-1, 2],
          [1, 2],
        ],
        'ratio',
      ),
    ).toThrow(RangeError)
    const sparse = [
      [1, 2],
      [1, undefined],
    ] as unknown as CodeValue[][]
    expect(() => krippendorffAlpha(sparse, 'nominal')).toThrow(TypeError)
  })

  it('keeps numbers and strings that look alike apart at the nominal level', () => {
    expect(
      krippendorffAlpha(
        [
          [1, 2, 1],
          ['1', 2, 1],
        ],
        'nominal',
      ).values,
    ).toEqual([1, 2, '1'])
  })

  it('does not change when coders or units are permuted', () => {
    const data = randomData(7, 4, 60, 4, 0.2)
    for (const level of ['nominal', 'ordinal', 'interval', 'ratio'] as const) {
      const alpha = krippendorffAlpha(data, level).alpha
      const byCoder = shuffled(data, 11)
      const order = shuffled(
        Array.from({ length: 60 }, (_value, i) => i),
        13,
      )
      const byUnit = data.map((row) => order.map((u) => row[u] as CodeValue))
      expect(krippendorffAlpha(byCoder, level).alpha).toBeCloseTo(alpha, 12)
      expect(krippendorffAlpha(byUnit, level).alpha).toBeCloseTo(alpha, 12)
    }
  })

  it('is near 0 for random codes on 2,000 units', () => {
    for (const seed of [1, 2, 3]) {
      const data = randomData(seed, 3, 2000, 5, 0.1)
      for (const level of ['nominal', 'ordinal', 'interval', 'ratio'] as const) {
        expect(Math.abs(krippendorffAlpha(data, level).alpha)).toBeLessThan(0.05)
      }
    }
  })

  it('computes 2,000 documents × 3 coders × 20 spans (120,000 values)', () => {
    const data = randomData(5, 3, 2000 * 20, 7, 0.05)
    const result = krippendorffAlpha(data, 'ordinal')
    expect(result.pairableValues).toBeGreaterThan(100_000)
  })
})
