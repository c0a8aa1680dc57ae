import type { Dimension } from '../domain/codebook'
import { DERIVED_COLUMN_SUFFIXES } from './dimensionColumn'
import { LEADING_COLUMNS, TRAILING_COLUMNS } from '../export/annotationRows'
import { wouldCreateCycle } from './valueTree'

/**
 * The problems that make a list of dimensions unusable as a codebook, as sentences (empty when it
 * is sound): duplicate dimension or value ids, export columns that clash with fixed, other or
 * derived columns, parents that are missing or form a cycle, and skip rules that name a missing
 * dimension or value. Schema-level checks (types, snake_case) are zod's job; these are the
 * references between records that a schema cannot see.
 */
export function checkDimensions(dimensions: readonly Dimension[]): string[] {
  const problems: string[] = []
  const fixed = new Set<string>([...LEADING_COLUMNS, ...TRAILING_COLUMNS])
  const ids = new Set<string>()
  const columns = new Map<string, string>()
  for (const d of dimensions) {
    if (ids.has(d.id)) problems.push(`Two dimensions have the id “${d.id}”.`)
    ids.add(d.id)
    if (fixed.has(d.column))
      problems.push(`Dimension “${d.name}” uses the fixed column “${d.column}”.`)
    for (const column of [d.column, ...DERIVED_COLUMN_SUFFIXES.map((s) => `${d.column}${s}`)]) {
      const other = columns.get(column)
      if (other !== undefined) {
        problems.push(`Dimensions “${other}” and “${d.name}” both export a column “${column}”.`)
      }
      columns.set(column, d.name)
    }
    const valueIds = new Set<string>()
    for (const v of d.values) {
      if (valueIds.has(v.id))
        problems.push(`Dimension “${d.name}” has two values with the id “${v.id}”.`)
      valueIds.add(v.id)
    }
    for (const v of d.values) {
      if (v.parentId === null) continue
      if (!valueIds.has(v.parentId)) {
        problems.push(`Value “${v.label}” of “${d.name}” has a parent that does not exist.`)
      } else if (wouldCreateCycle(d.values, v.id, v.parentId)) {
        problems.push(`Value “${v.label}” of “${d.name}” is its own ancestor.`)
      }
    }
  }
  for (const d of dimensions) {
    const rule = d.showWhen
    if (!rule) continue
    const control = dimensions.find((c) => c.id === rule.dimensionId)
    if (!control || control.id === d.id) {
      problems.push(`The skip logic of “${d.name}” names a dimension that does not exist.`)
    } else if (rule.valueIds.some((id) => !control.values.some((v) => v.id === id))) {
      problems.push(`The skip logic of “${d.name}” names a value “${control.name}” does not have.`)
    }
  }
  return problems
}
