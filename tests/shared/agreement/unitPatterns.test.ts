import { describe, expect, it } from 'vitest'
import {
  coincidenceMatrix,
  unitCoincidences,
} from '../../../src/shared/agreement/coincidenceMatrix'
import { indexReliabilityData } from '../../../src/shared/agreement/indexReliabilityData'
import { unitPatterns } from '../../../src/shared/agreement/unitPatterns'

describe('unitPatterns', () => {
  const data = [
    ['a', 'b', 'a', null, 'b', 'c'],
    ['b', 'a', 'a', 'a', 'b', null],
    ['a', 'a', null, 'b', 'b', 'c'],
  ]

  it('gives units holding the same values, from whichever coders, the same pattern', () => {
    const { patternOf, patterns } = unitPatterns(indexReliabilityData(data, 'nominal'))
    // Units 0 and 1 hold {a, a, b}; units 2 and 3 differ ({a, a} and {a, b}).
    expect(Array.from(patternOf)).toEqual([0, 0, 1, 2, 3, 4])
    expect(patterns.unitStarts.length - 1).toBe(5)
  })

  it('sums to the same coincidence matrix when each pattern counts as often as its units', () => {
    const indexed = indexReliabilityData(data, 'nominal')
    const { patternOf, patterns } = unitPatterns(indexed)
    const weights = new Int32Array(patterns.unitStarts.length - 1)
    for (const p of patternOf) weights[p] = (weights[p] as number) + 1
    expect(coincidenceMatrix(unitCoincidences(patterns), weights)).toEqual(
      coincidenceMatrix(unitCoincidences(indexed)),
    )
  })
})
