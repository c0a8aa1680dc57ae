import type { Dimension } from '../domain/codebook'
import { LEADING_COLUMNS, TRAILING_COLUMNS } from '../export/annotationRows'

/** Suffixes the export adds to a choice dimension's column (`stance_group`, `stance_score`). */
export const DERIVED_COLUMN_SUFFIXES = ['_group', '_score'] as const

/**
 * Turns a dimension name into a snake_case column ("Primary frame" → "primary_frame"): accents
 * dropped, anything else not a–z or 0–9 becomes one underscore, a leading digit gets a "d_"
 * prefix, and an empty result becomes "dimension".
 */
export function toSnakeCase(name: string): string {
  const ascii = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
  const snake = ascii
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 60)
  if (snake === '') return 'dimension'
  return /^[0-9]/.test(snake) ? `d_${snake}` : snake
}

/** Every column name taken by the fixed columns and by `dimensions` with their derived columns. */
function takenColumns(dimensions: readonly Dimension[]): Set<string> {
  const taken = new Set<string>([...LEADING_COLUMNS, ...TRAILING_COLUMNS])
  for (const d of dimensions) {
    taken.add(d.column)
    for (const suffix of DERIVED_COLUMN_SUFFIXES) taken.add(`${d.column}${suffix}`)
  }
  return taken
}

/** Whether a column or one of its derived columns would collide with a name in `taken`. */
function clashes(column: string, taken: ReadonlySet<string>): boolean {
  return (
    taken.has(column) || DERIVED_COLUMN_SUFFIXES.some((suffix) => taken.has(`${column}${suffix}`))
  )
}

/**
 * A column for a dimension called `name` that clashes with nothing in the export: not a fixed
 * column (LEADING_COLUMNS, TRAILING_COLUMNS), not another dimension's column, and neither it nor
 * its `_group` / `_score` columns equal another dimension's derived columns. `exceptId` leaves
 * that dimension out (when it is being renamed). Adds `_2`, `_3` … until free.
 */
export function uniqueDimensionColumn(
  name: string,
  dimensions: readonly Dimension[],
  exceptId: string | null = null,
): string {
  const taken = takenColumns(dimensions.filter((d) => d.id !== exceptId))
  const base = toSnakeCase(name)
  let column = base
  for (let n = 2; clashes(column, taken); n += 1) column = `${base}_${n}`
  return column
}

/** Whether `column` may be used for dimension `id` as is (valid snake_case, no clash). */
export function isColumnFree(
  column: string,
  dimensions: readonly Dimension[],
  id: string | null,
): boolean {
  if (!/^[a-z][a-z0-9_]*$/.test(column)) return false
  return !clashes(column, takenColumns(dimensions.filter((d) => d.id !== id)))
}
