import { describe, expect, it } from 'vitest'
import type { CodedValue } from '../../../src/shared/domain/annotation'
import { deleteValue, mergeValues } from '../../../src/shared/codebook/mergeValues'
import { rewriteCodedValues } from '../../../src/shared/codebook/rewriteCodedValues'
import { usageOfValue } from '../../../src/shared/codebook/usageOfValue'
import { dim, dims } from './fixtures'

describe('merging values', () => {
  it('removes the merged value and maps its codes to the target', () => {
    const { dimensions, mapping } = mergeValues(
      dims(),
      'stance',
      'stance.against',
      'stance.strongly_against',
    )
    expect(dim(dimensions, 'stance').values.map((v) => v.id)).not.toContain('stance.against')
    expect(mapping.dimensionId).toBe('stance')
    expect(mapping.replace.get('stance.against')).toBe('stance.strongly_against')
  })

  it('moves the merged value’s children under the target', () => {
    const { dimensions } = mergeValues(
      dims(),
      'source_type',
      'source_type.expert',
      'source_type.advocate',
    )
    const values = dim(dimensions, 'source_type').values
    expect(values.find((v) => v.id === 'source_type.expert.academic')?.parentId).toBe(
      'source_type.advocate',
    )
  })

  it('merging a parent into its own child lifts the siblings without a cycle', () => {
    const { dimensions } = mergeValues(
      dims(),
      'source_type',
      'source_type.expert',
      'source_type.expert.academic',
    )
    const values = dim(dimensions, 'source_type').values
    expect(values.find((v) => v.id === 'source_type.expert.academic')?.parentId).toBeNull()
    expect(values.find((v) => v.id === 'source_type.expert.think_tank')?.parentId).toBeNull()
  })

  it('points skip rules that named the merged value at the target', () => {
    const { dimensions } = mergeValues(
      dims(),
      'identification',
      'identification.anonymous',
      'identification.partial',
    )
    expect(dim(dimensions, 'ap_reason_given').showWhen?.valueIds).toEqual([
      'identification.partial',
    ])
  })

  it('refuses merging a value into itself or into a value of another dimension', () => {
    expect(() => mergeValues(dims(), 'stance', 'stance.against', 'stance.against')).toThrow(
      /itself/,
    )
    expect(() => mergeValues(dims(), 'stance', 'stance.against', 'quote_type.direct')).toThrow(
      /Both/,
    )
  })
})

describe('deleting a value', () => {
  it('clears its codes, lifts its children and drops skip rules left with no value', () => {
    const { dimensions, mapping } = deleteValue(
      dims(),
      'identification',
      'identification.anonymous',
    )
    expect(mapping.replace.get('identification.anonymous')).toBeNull()
    expect(dim(dimensions, 'ap_reason_given').showWhen).toBeNull()
    const lifted = deleteValue(dims(), 'source_type', 'source_type.media').dimensions
    expect(
      dim(lifted, 'source_type').values.find((v) => v.id === 'source_type.media.wire')?.parentId,
    ).toBeNull()
  })
})

describe('rewriting stored codes', () => {
  const merge = { dimensionId: 'frame', replace: new Map([['frame.crime', 'frame.security']]) }
  const clear = {
    dimensionId: 'frame',
    replace: new Map<string, string | null>([['frame.crime', null]]),
  }

  it('replaces a single or ordinal code and removes a cleared one', () => {
    const stance = {
      dimensionId: 'stance',
      replace: new Map([['stance.against', 'stance.in_favour']]),
    }
    expect(rewriteCodedValues({ stance: 'stance.against', memo: 'x' }, stance)).toEqual({
      stance: 'stance.in_favour',
      memo: 'x',
    })
    const cleared = {
      dimensionId: 'stance',
      replace: new Map<string, string | null>([['stance.against', null]]),
    }
    expect(rewriteCodedValues({ stance: 'stance.against' }, cleared)).toEqual({})
  })

  it('maps a multiple-choice list without duplicates and drops it when emptied', () => {
    expect(rewriteCodedValues({ frame: ['frame.crime', 'frame.security'] }, merge)).toEqual({
      frame: ['frame.security'],
    })
    expect(rewriteCodedValues({ frame: ['frame.economic', 'frame.crime'] }, clear)).toEqual({
      frame: ['frame.economic'],
    })
    expect(rewriteCodedValues({ frame: ['frame.crime'] }, clear)).toEqual({})
  })

  it('returns the very same object when nothing changes, and never touches other dimensions', () => {
    const values = { frame: ['frame.economic'], other: 'frame.crime' }
    expect(rewriteCodedValues(values, merge)).toBe(values)
  })

  it('counts how many rows use a value, in single codes and in lists', () => {
    const rows: { values: Record<string, CodedValue> }[] = [
      { values: { frame: ['frame.crime', 'frame.health'] } },
      { values: { frame: 'frame.crime' } },
      { values: { frame: ['frame.health'] } },
      { values: {} },
    ]
    expect(usageOfValue(rows, 'frame', 'frame.crime')).toBe(2)
    expect(usageOfValue(rows, 'frame', 'frame.health')).toBe(2)
    expect(usageOfValue(rows, 'other', 'frame.crime')).toBe(0)
  })
})
