import type { Dimension } from '../domain/codebook'
import type { DimensionPatch } from './dimensionOps'
import {
  addDimension,
  moveDimension,
  removeDimension,
  replaceDimension,
  updateDimension,
} from './dimensionOps'
import { deleteValue, mergeValues } from './mergeValues'
import type { ValueMapping } from './rewriteCodedValues'
import type { ValuePatch } from './valueOps'
import { addValue, moveValue, newValue, placeValue, setValueParent, updateValue } from './valueOps'

/**
 * One edit of a codebook, as the editor asks for it. Every edit becomes one new codebook version;
 * `merge-values` and `delete-value` also rewrite stored codes.
 */
export type CodebookChange =
  | {
      kind: 'add-dimension'
      dimensionId: string
      name: string
      dimensionKind: Dimension['kind']
      scope: Dimension['scope']
    }
  | { kind: 'update-dimension'; dimensionId: string; patch: DimensionPatch }
  | { kind: 'move-dimension'; dimensionId: string; to: number }
  | { kind: 'delete-dimension'; dimensionId: string }
  | {
      kind: 'add-value'
      dimensionId: string
      valueId: string
      label: string
      parentId: string | null
    }
  | { kind: 'update-value'; dimensionId: string; valueId: string; patch: ValuePatch }
  | { kind: 'move-value'; dimensionId: string; valueId: string; delta: number }
  | { kind: 'place-value'; dimensionId: string; valueId: string; targetId: string }
  | { kind: 'set-value-parent'; dimensionId: string; valueId: string; parentId: string | null }
  | { kind: 'merge-values'; dimensionId: string; fromId: string; intoId: string }
  /** Deletes a value; codes using it are merged into `mergeInto`, or cleared when it is null. */
  | { kind: 'delete-value'; dimensionId: string; valueId: string; mergeInto: string | null }
  /**
   * Replaces every dimension (import, copy, undo); `note` says where they came from and `name`,
   * when given, renames the codebook.
   */
  | { kind: 'replace'; dimensions: Dimension[]; note: string; name?: string }

/** The result of an edit: the new dimensions, and how stored codes change (null: they don't). */
export type AppliedChange = { dimensions: Dimension[]; mapping: ValueMapping | null }

function dimensionOf(dimensions: readonly Dimension[], id: string): Dimension {
  const dimension = dimensions.find((d) => d.id === id)
  if (!dimension) throw new Error('This dimension is no longer in the codebook.')
  return dimension
}

/**
 * Applies an edit to a codebook's dimensions, purely; throws with a user-facing message when the
 * edit is not allowed (empty name, taken column, a parent cycle …).
 */
export function applyCodebookChange(
  dimensions: readonly Dimension[],
  change: CodebookChange,
): AppliedChange {
  const onValues = (edit: (d: Dimension) => Dimension): AppliedChange => {
    if (!('dimensionId' in change)) throw new Error('No dimension given.')
    const next = edit(dimensionOf(dimensions, change.dimensionId))
    return { dimensions: replaceDimension(dimensions, next), mapping: null }
  }
  switch (change.kind) {
    case 'add-dimension':
      return {
        dimensions: addDimension(
          dimensions,
          change.dimensionId,
          change.name,
          change.dimensionKind,
          change.scope,
        ),
        mapping: null,
      }
    case 'update-dimension':
      return {
        dimensions: updateDimension(dimensions, change.dimensionId, change.patch),
        mapping: null,
      }
    case 'move-dimension':
      return { dimensions: moveDimension(dimensions, change.dimensionId, change.to), mapping: null }
    case 'delete-dimension':
      return { dimensions: removeDimension(dimensions, change.dimensionId), mapping: null }
    case 'add-value':
      return onValues((d) => addValue(d, newValue(change.valueId, change.label, change.parentId)))
    case 'update-value':
      return onValues((d) => updateValue(d, change.valueId, change.patch))
    case 'move-value':
      return onValues((d) => moveValue(d, change.valueId, change.delta))
    case 'place-value':
      return onValues((d) => placeValue(d, change.valueId, change.targetId))
    case 'set-value-parent':
      return onValues((d) => setValueParent(d, change.valueId, change.parentId))
    case 'merge-values':
      return mergeValues(dimensions, change.dimensionId, change.fromId, change.intoId)
    case 'delete-value':
      return change.mergeInto === null
        ? deleteValue(dimensions, change.dimensionId, change.valueId)
        : mergeValues(dimensions, change.dimensionId, change.valueId, change.mergeInto)
    case 'replace':
      return { dimensions: change.dimensions.map((d) => ({ ...d })), mapping: null }
  }
}
