import type { CodeValue, Dimension } from '../domain/codebook'
import { moveItem } from './moveItem'
import { childValues, wouldCreateCycle } from './valueTree'

/** The editable text and look of a value; its id never changes, so codings survive every edit. */
export type ValuePatch = Partial<
  Pick<
    CodeValue,
    'label' | 'definition' | 'inclusion' | 'exclusion' | 'example' | 'color' | 'shortcut' | 'rank'
  >
>

/** A new value with every optional field empty. */
export function newValue(id: string, label: string, parentId: string | null = null): CodeValue {
  return {
    id,
    label,
    definition: '',
    inclusion: '',
    exclusion: '',
    example: '',
    parentId,
    color: '',
    shortcut: '',
    rank: null,
  }
}

function checkLabel(label: string): string {
  const trimmed = label.trim()
  if (trimmed === '') throw new Error('A value needs a label.')
  if (trimmed.length > 200) throw new Error('Value labels are limited to 200 characters.')
  return trimmed
}

function valueIndex(dimension: Dimension, valueId: string): number {
  const index = dimension.values.findIndex((v) => v.id === valueId)
  if (index < 0) throw new Error('This value is no longer in the codebook.')
  return index
}

/** Appends a value (as the last child of `parentId`, or last top-level value). */
export function addValue(dimension: Dimension, value: CodeValue): Dimension {
  if (dimension.values.some((v) => v.id === value.id)) throw new Error('Duplicate value id.')
  if (value.parentId !== null) valueIndex(dimension, value.parentId)
  return {
    ...dimension,
    values: [...dimension.values, { ...value, label: checkLabel(value.label) }],
  }
}

/** Changes a value's label, rules, colour, shortcut or rank; the id stays. */
export function updateValue(dimension: Dimension, valueId: string, patch: ValuePatch): Dimension {
  const index = valueIndex(dimension, valueId)
  const next = { ...(dimension.values[index] as CodeValue), ...patch }
  if (patch.label !== undefined) next.label = checkLabel(patch.label)
  if (patch.shortcut !== undefined && [...patch.shortcut].length > 1) {
    throw new Error('A shortcut is a single key.')
  }
  const values = [...dimension.values]
  values[index] = next
  return { ...dimension, values }
}

/**
 * Moves a value among its siblings by `delta` places (−1 up, +1 down); its subtree goes with it,
 * since children are found by parent id, not position. Moving past either end changes nothing.
 */
export function moveValue(dimension: Dimension, valueId: string, delta: number): Dimension {
  const value = dimension.values[valueIndex(dimension, valueId)] as CodeValue
  const siblings = childValues(dimension.values, value.parentId)
  const at = siblings.findIndex((v) => v.id === valueId)
  const target = siblings[at + delta]
  if (target === undefined) return dimension
  return placeValue(dimension, valueId, target.id)
}

/**
 * Puts a value at the position of `targetId` in the stored order (drag and drop): before it when
 * moving up, after it when moving down.
 */
export function placeValue(dimension: Dimension, valueId: string, targetId: string): Dimension {
  const from = valueIndex(dimension, valueId)
  const to = valueIndex(dimension, targetId)
  return { ...dimension, values: moveItem(dimension.values, from, to) }
}

/** Gives a value a new parent (null: top level); refuses a parent that would make a cycle. */
export function setValueParent(
  dimension: Dimension,
  valueId: string,
  parentId: string | null,
): Dimension {
  const index = valueIndex(dimension, valueId)
  if (parentId !== null) valueIndex(dimension, parentId)
  if (wouldCreateCycle(dimension.values, valueId, parentId)) {
    throw new Error('A value cannot be placed under itself or one of its own sub-values.')
  }
  const values = [...dimension.values]
  values[index] = { ...(values[index] as CodeValue), parentId }
  return { ...dimension, values }
}

/**
 * Removes a value from the codebook; its children move up to its parent, so no sub-value is
 * lost. Skip rules and stored codes are the caller's (see `deleteValue` in mergeValues.ts).
 */
export function removeValue(dimension: Dimension, valueId: string): Dimension {
  const removed = dimension.values[valueIndex(dimension, valueId)] as CodeValue
  const values = dimension.values
    .filter((v) => v.id !== valueId)
    .map((v) => (v.parentId === valueId ? { ...v, parentId: removed.parentId } : v))
  return { ...dimension, values }
}
