import { describe, expect, it } from 'vitest'
import {
  childValues,
  valueAncestors,
  valueTree,
  wouldCreateCycle,
} from '../../../src/shared/codebook/valueTree'
import { newValue } from '../../../src/shared/codebook/valueOps'

// official > executive > cabinet; expert; a value whose parent is gone.
const values = [
  newValue('official', 'Official'),
  newValue('expert', 'Expert'),
  newValue('executive', 'Executive', 'official'),
  newValue('cabinet', 'Cabinet', 'executive'),
  newValue('orphan', 'Orphan', 'missing'),
]

describe('value hierarchy', () => {
  it('lists the children of a value, and treats a value with a missing parent as top-level', () => {
    expect(childValues(values, 'official').map((v) => v.id)).toEqual(['executive'])
    expect(childValues(values, null).map((v) => v.id)).toEqual(['official', 'expert', 'orphan'])
  })

  it('lists ancestors nearest first', () => {
    expect(valueAncestors(values, 'cabinet').map((v) => v.id)).toEqual(['executive', 'official'])
    expect(valueAncestors(values, 'official')).toEqual([])
  })

  it('flattens a tree of any depth, each parent followed by its subtree', () => {
    expect(valueTree(values).map((n) => `${n.depth}:${n.value.id}`)).toEqual([
      '0:official',
      '1:executive',
      '2:cabinet',
      '0:expert',
      '0:orphan',
    ])
  })

  it('refuses a parent that is the value itself or one of its descendants', () => {
    expect(wouldCreateCycle(values, 'official', 'cabinet')).toBe(true)
    expect(wouldCreateCycle(values, 'official', 'official')).toBe(true)
    expect(wouldCreateCycle(values, 'cabinet', 'expert')).toBe(false)
    expect(wouldCreateCycle(values, 'cabinet', null)).toBe(false)
  })

  it('keeps values caught in a stored cycle instead of losing or looping on them', () => {
    const cyclic = [newValue('a', 'A', 'b'), newValue('b', 'B', 'a')]
    expect(valueTree(cyclic).map((n) => n.value.id)).toEqual(['a', 'b'])
    expect(valueAncestors(cyclic, 'a').map((v) => v.id)).toEqual(['b'])
  })
})
