import { describe, expect, it } from 'vitest'
import { cohenKappa } from '../../../src/shared/agreement/cohenKappa'
import { percentAgreement } from '../../../src/shared/agreement/percentAgreement'
import { randomData } from './randomData'

const _ = null

describe('percentAgreement', () => {
  it('counts agreeing pairs among the pairable pairs of every unit', () => {
    const result = percentAgreement([
      ['a', 'a', 'b', 'a'],
      ['a', 'b', 'b', _],
      ['a', 'b', _, _],
    ])
    // Unit 1: 3 of 3 pairs agree; unit 2: 1 of 3; unit 3: 1 of 1; unit 4 is not pairable.
    expect(result).toEqual({ agreement: 5 / 7, agreeingPairs: 5, pairs: 7, units: 3 })
  })

  it('equals Cohen’s p_o for two coders without missing values', () => {
    const [a, b] = randomData(3, 2, 300, 4)
    expect(percentAgreement([a ?? [], b ?? []]).agreement).toBeCloseTo(
      cohenKappa(a ?? [], b ?? []).po,
      12,
    )
  })

  it('is undefined (NaN) when no unit was coded twice', () => {
    expect(
      percentAgreement([
        [1, _],
        [_, 1],
      ]).agreement,
    ).toBeNaN()
  })
})
