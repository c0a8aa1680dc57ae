import type { Dimension } from '../domain/codebook'
import { replaceDimension } from './dimensionOps'
import type { ValueMapping } from './rewriteCodedValues'
import { removeValue } from './valueOps'
import { isSelfOrDescendant } from './valueTree'

/** A codebook edit that also changes stored codes: the new dimensions and the code mapping. */
export type MigratingEdit = { dimensions: Dimension[]; mapping: ValueMapping }

function findDimension(dimensions: readonly Dimension[], id: string): Dimension {
  const dimension = dimensions.find((d) => d.id === id)
  if (!dimension) throw new Error('This dimension is no longer in the codebook.')
  return dimension
}

/** Skip rules of other dimensions that named `fromId` name `intoId` instead (or lose it: null). */
function retargetRules(
  dimensions: readonly Dimension[],
  fromId: string,
  intoId: string | null,
): Dimension[] {
  return dimensions.map((d) => {
    const rule = d.showWhen
    if (!rule || !rule.valueIds.includes(fromId)) return d
    const valueIds = [
      ...new Set(rule.valueIds.flatMap((id) => (id === fromId ? (intoId ? [intoId] : []) : [id]))),
    ]
    // A rule left without values could never be met: drop it so the dimension shows again.
    return { ...d, showWhen: valueIds.length > 0 ? { ...rule, valueIds } : null }
  })
}

/**
 * Merges value `fromId` into `intoId` of one dimension: `fromId` leaves the codebook, its
 * children move under `intoId` (or, when `intoId` lies inside `fromId`'s own subtree, up to
 * `fromId`'s parent, which cannot make a cycle), skip rules naming it name `intoId`, and the
 * returned mapping rewrites every stored code from `fromId` to `intoId`.
 */
export function mergeValues(
  dimensions: readonly Dimension[],
  dimensionId: string,
  fromId: string,
  intoId: string,
): MigratingEdit {
  const dimension = findDimension(dimensions, dimensionId)
  const from = dimension.values.find((v) => v.id === fromId)
  const into = dimension.values.find((v) => v.id === intoId)
  if (!from || !into) throw new Error('Both values must be in this dimension.')
  if (fromId === intoId) throw new Error('A value cannot be merged into itself.')
  const intoInside = isSelfOrDescendant(dimension.values, intoId, fromId)
  const values = dimension.values
    .filter((v) => v.id !== fromId)
    .map((v) => {
      if (v.parentId !== fromId) return v
      if (intoInside) return { ...v, parentId: from.parentId }
      return { ...v, parentId: intoId }
    })
  const merged = replaceDimension(dimensions, { ...dimension, values })
  return {
    dimensions: retargetRules(merged, fromId, intoId),
    mapping: { dimensionId, replace: new Map([[fromId, intoId]]) },
  }
}

/**
 * Deletes value `valueId` of a dimension; its children move up to its parent. Stored codes are
 * cleared (mapping to null) — the caller offers `mergeValues` instead when codes should be kept.
 */
export function deleteValue(
  dimensions: readonly Dimension[],
  dimensionId: string,
  valueId: string,
): MigratingEdit {
  const dimension = findDimension(dimensions, dimensionId)
  const next = replaceDimension(dimensions, removeValue(dimension, valueId))
  return {
    dimensions: retargetRules(next, valueId, null),
    mapping: { dimensionId, replace: new Map([[valueId, null]]) },
  }
}
