import { describe, expect, it } from 'vitest'
import { applyCodebookChange } from '../../../src/shared/codebook/codebookChange'
import { describeCodebookChange } from '../../../src/shared/codebook/describeCodebookChange'
import { dim, dims } from './fixtures'

describe('value edits', () => {
  it('renames a value keeping its id, so every coding that names it stays', () => {
    const before = dims()
    const change = {
      kind: 'update-value',
      dimensionId: 'stance',
      valueId: 'stance.against',
      patch: { label: ' Opposed ' },
    } as const
    const { dimensions, mapping } = applyCodebookChange(before, change)
    expect(dim(dimensions, 'stance').values.find((v) => v.id === 'stance.against')?.label).toBe(
      'Opposed',
    )
    expect(mapping).toBeNull()
    expect(describeCodebookChange(before, change)).toBe(
      'Renamed value “Against” of “Stance” to “Opposed”',
    )
  })

  it('adds, recolours, sets a shortcut and reorders values among their siblings', () => {
    let d = dims()
    const apply = (c: Parameters<typeof applyCodebookChange>[1]) => {
      d = applyCodebookChange(d, c).dimensions
    }
    apply({
      kind: 'add-value',
      dimensionId: 'quote_type',
      valueId: 'q.x',
      label: 'Partial',
      parentId: null,
    })
    apply({
      kind: 'update-value',
      dimensionId: 'quote_type',
      valueId: 'q.x',
      patch: { color: '#123456', shortcut: 'p' },
    })
    apply({ kind: 'move-value', dimensionId: 'quote_type', valueId: 'q.x', delta: -1 })
    const values = dim(d, 'quote_type').values
    expect(values.map((v) => v.id)).toEqual([
      'quote_type.direct',
      'quote_type.indirect',
      'q.x',
      'quote_type.mixed',
    ])
    expect(values[2]).toMatchObject({ label: 'Partial', color: '#123456', shortcut: 'p' })
  })

  it('moves a parent with its subtree past the next sibling group', () => {
    const before = dims()
    const { dimensions } = applyCodebookChange(before, {
      kind: 'move-value',
      dimensionId: 'source_type',
      valueId: 'source_type.official',
      delta: 1,
    })
    const values = dim(dimensions, 'source_type').values
    const tops = values.filter((v) => v.parentId === null).map((v) => v.id)
    expect(tops.slice(0, 2)).toEqual(['source_type.political', 'source_type.official'])
    expect(values.filter((v) => v.parentId === 'source_type.official')).toHaveLength(7)
  })

  it('re-parents a value, and refuses a parent inside its own subtree', () => {
    const before = dims()
    const moved = applyCodebookChange(before, {
      kind: 'set-value-parent',
      dimensionId: 'source_type',
      valueId: 'source_type.business',
      parentId: 'source_type.advocate',
    }).dimensions
    expect(
      dim(moved, 'source_type').values.find((v) => v.id === 'source_type.business')?.parentId,
    ).toBe('source_type.advocate')
    expect(() =>
      applyCodebookChange(before, {
        kind: 'set-value-parent',
        dimensionId: 'source_type',
        valueId: 'source_type.official',
        parentId: 'source_type.official.executive',
      }),
    ).toThrow(/under itself/)
  })

  it('refuses an empty label and a shortcut of more than one key', () => {
    const d = dims()
    const base = { kind: 'update-value', dimensionId: 'stance', valueId: 'stance.against' } as const
    expect(() => applyCodebookChange(d, { ...base, patch: { label: '  ' } })).toThrow(/label/)
    expect(() => applyCodebookChange(d, { ...base, patch: { shortcut: 'ab' } })).toThrow(/single/)
  })
})

describe('dimension edits', () => {
  it('adds a dimension with a snake_case column that clashes with no export column', () => {
    const before = dims()
    const add = (name: string, id: string, d = before) =>
      applyCodebookChange(d, {
        kind: 'add-dimension',
        dimensionId: id,
        name,
        dimensionKind: 'single',
        scope: 'span',
      }).dimensions
    expect(dim(add('Primary frame', 'x'), 'x').column).toBe('primary_frame')
    expect(dim(add('Memo', 'x'), 'x').column).toBe('memo_2')
    expect(dim(add('Text', 'x'), 'x').column).toBe('text_2')
    // "stance_score" is the stance's derived column; "source type" is taken by a dimension.
    expect(dim(add('Stance score', 'x'), 'x').column).toBe('stance_score_2')
    expect(dim(add('Source type', 'x'), 'x').column).toBe('source_type_2')
    expect(dim(add('Évaluation 2', 'x'), 'x').column).toBe('evaluation_2')
  })

  it('edits kind, scope, required and description, and refuses a taken column', () => {
    const before = dims()
    const { dimensions } = applyCodebookChange(before, {
      kind: 'update-dimension',
      dimensionId: 'quote_type',
      patch: { kind: 'multi', scope: 'article', required: true, description: 'How quoted' },
    })
    expect(dim(dimensions, 'quote_type')).toMatchObject({
      kind: 'multi',
      scope: 'article',
      required: true,
      description: 'How quoted',
    })
    expect(() =>
      applyCodebookChange(before, {
        kind: 'update-dimension',
        dimensionId: 'quote_type',
        patch: { column: 'stance_group' },
      }),
    ).toThrow(/taken/)
  })

  it('reorders dimensions and deletes one, dropping skip rules it controlled', () => {
    const before = dims()
    const moved = applyCodebookChange(before, {
      kind: 'move-dimension',
      dimensionId: 'quote_type',
      to: 0,
    }).dimensions
    expect(moved[0]?.id).toBe('quote_type')
    const deleted = applyCodebookChange(before, {
      kind: 'delete-dimension',
      dimensionId: 'identification',
    }).dimensions
    expect(deleted.some((d) => d.id === 'identification')).toBe(false)
    expect(deleted.every((d) => d.showWhen === null)).toBe(true)
  })

  it('sets skip logic only on another dimension with at least one value', () => {
    const before = dims()
    const rule = { dimensionId: 'identification', valueIds: ['identification.partial'] }
    const { dimensions } = applyCodebookChange(before, {
      kind: 'update-dimension',
      dimensionId: 'quote_type',
      patch: { showWhen: rule },
    })
    expect(dim(dimensions, 'quote_type').showWhen).toEqual(rule)
    expect(() =>
      applyCodebookChange(before, {
        kind: 'update-dimension',
        dimensionId: 'quote_type',
        patch: { showWhen: { dimensionId: 'quote_type', valueIds: ['quote_type.direct'] } },
      }),
    ).toThrow(/another dimension/)
  })
})
