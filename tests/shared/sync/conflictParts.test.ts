import { describe, expect, it } from 'vitest'
import { conflictParts, describeRow, mergeVersions } from '../../../src/shared/sync/conflictParts'
import { codebook, dimension } from './fixtures'

describe('conflicts of a codebook', () => {
  const a = codebook([dimension('stance', 'Stance', ['Against']), dimension('tone', 'Tone')], {
    version: 6,
  })
  const b = codebook([dimension('stance', 'Stance', ['Opposed']), dimension('frame', 'Frame')], {
    version: 6,
  })

  it('are offered dimension by dimension, each marked when the revisions differ', () => {
    const parts = conflictParts('codebooks', [a, b])
    expect(parts.map((p) => [p.key, p.differs])).toEqual([
      ['name', false],
      ['dimension:stance', true],
      ['dimension:tone', true],
      ['dimension:frame', true],
    ])
  })

  it('merge into a new version with each dimension from the revision chosen', () => {
    const merged = mergeVersions(
      'codebooks',
      [a, b],
      { 'dimension:stance': 1, 'dimension:frame': 1 },
      99,
    )
    expect(merged['version']).toBe(7)
    expect(merged['updatedAt']).toBe(99)
    const dims = merged['dimensions'] as { id: string; values: { label: string }[] }[]
    expect(dims.map((d) => d.id)).toEqual(['stance', 'tone', 'frame'])
    expect(dims[0]?.values[0]?.label).toBe('Opposed')
  })

  it('leave a dimension out when the chosen revision lacks it', () => {
    const merged = mergeVersions('codebooks', [a, b], { 'dimension:tone': 1 }, 1)
    expect((merged['dimensions'] as { id: string }[]).map((d) => d.id)).toEqual(['stance', 'frame'])
  })
})

describe('conflicts of other rows', () => {
  it('are offered field by field, ids and timestamps fixed', () => {
    const a = { id: 's', projectId: 'p', name: 'Mayorkas', notes: '', updatedAt: 1 }
    const b = { id: 's', projectId: 'p', name: 'A. Mayorkas', notes: 'DHS', updatedAt: 2 }
    expect(conflictParts('speakers', [a, b]).map((p) => p.key)).toEqual(['name', 'notes'])
    expect(mergeVersions('speakers', [a, b], { notes: 1 }, 5)).toEqual({
      ...a,
      notes: 'DHS',
      updatedAt: 5,
    })
    expect(describeRow('speakers', a)).toBe('Speaker “Mayorkas”')
  })
})
