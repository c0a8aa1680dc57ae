import { describe, expect, it } from 'vitest'
import { planDimension } from '../../../src/shared/agreement/dimensionValues'
import type { CodedUnit } from '../../../src/shared/agreement/reliabilityMatrix'
import { confusionTable, reliabilityMatrix } from '../../../src/shared/agreement/reliabilityMatrix'
import { sourcingAndStanceDimensions } from './stanceDimensions'

const [stance, text] = sourcingAndStanceDimensions()

describe('reliabilityMatrix', () => {
  const units: CodedUnit[] = [
    {
      byCoder: new Map([
        ['A', { stance: 'against' }],
        ['B', { stance: 'unclear' }],
      ]),
    },
    { byCoder: new Map([['A', { stance: 'favour' }]]) },
    {
      byCoder: new Map([
        ['A', {} as Record<string, string>],
        ['B', { stance: 'neutral' }],
      ]),
    },
  ]

  it('builds coders × units with null for absent coders and empty dimensions', () => {
    const [ordinal, nominal] = planDimension(stance!).comparisons
    expect(reliabilityMatrix(units, ['A', 'B'], 'stance', nominal!)).toEqual([
      ['against', 'favour', null],
      ['unclear', null, 'neutral'],
    ])
    // Ordinal: the unranked escape is missing.
    expect(reliabilityMatrix(units, ['A', 'B'], 'stance', ordinal!)).toEqual([
      ['against', 'favour', null],
      [null, null, 'neutral'],
    ])
    expect(ordinal?.order).toEqual(['against', 'neutral', 'favour'])
  })

  it('compares multi-choice sets as a whole, yes/no as labels, and skips free text', () => {
    const [nominal] = planDimension({ ...stance!, kind: 'multi' }).comparisons
    expect(nominal?.toValue(['b', 'a'])).toBe('a|b')
    expect(nominal?.toValue([])).toBeNull()
    expect(nominal?.toValue(true)).toBe('yes')
    expect(planDimension(text!).comparisons).toEqual([])
    expect(planDimension({ ...stance!, kind: 'number' }).comparisons[0]?.level).toBe('interval')
  })
})

describe('confusionTable', () => {
  it('counts coder a’s values against coder b’s over units both coded', () => {
    const table = confusionTable(['x', 'x', 'y', null], ['x', 'y', 'y', 'x'])
    expect(table).toEqual({
      values: ['x', 'y'],
      counts: [
        [1, 1],
        [0, 1],
      ],
    })
  })

  it('lists values in the given order, including unused ones', () => {
    expect(confusionTable(['b'], ['b'], ['a', 'b']).counts).toEqual([
      [0, 0],
      [0, 1],
    ])
  })
})
