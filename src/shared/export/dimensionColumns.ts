import type { CodedValue } from '../domain/annotation'
import type { CodeValue, Codebook, Dimension } from '../domain/codebook'
import type { Speaker } from '../domain/speaker'

/** One export column derived from a codebook dimension: its header, and how the value an annotation
 * stores for `dimensionId` becomes a cell. */
export type DimensionColumn = {
  header: string
  dimensionId: string
  cell: (value: CodedValue | undefined) => string
}

/** Separator between the labels of a multi-valued code in one cell. */
export const MULTI_VALUE_SEPARATOR = '; '

/**
 * Returns `name`, or `name_2`, `name_3`… when `name` is already in `taken`, and records the
 * result, so that a dimension column called e.g. "memo" can never overwrite a fixed column.
 */
export function uniqueColumn(name: string, taken: Set<string>): string {
  let result = name
  for (let n = 2; taken.has(result); n += 1) result = `${name}_${n}`
  taken.add(result)
  return result
}

/** Formats a stored value, mapping each id through `label`; unknown shapes are kept, not dropped. */
function render(value: CodedValue | undefined, label: (id: string) => string): string {
  if (value === undefined || value === null) return ''
  if (typeof value === 'string') return label(value)
  if (typeof value === 'number') return String(value)
  if (typeof value === 'boolean') return value ? 'true' : 'false'
  return value.map(label).join(MULTI_VALUE_SEPARATOR)
}

const asIs = (id: string): string => id

/** Label of the top-level ancestor of a value (its own label when it has no parent). */
function groupLabel(values: ReadonlyMap<string, CodeValue>, id: string): string {
  let value = values.get(id)
  if (value === undefined) return ''
  // Bounded walk: a malformed codebook with a parent cycle must not hang the export.
  for (let steps = 0; value.parentId !== null && steps < values.size; steps += 1) {
    const parent = values.get(value.parentId)
    if (parent === undefined) break
    value = parent
  }
  return value.label
}

/**
 * Returns the export columns of one span dimension, named from `dimension.column` and made unique
 * against `taken`:
 * - single / ordinal: the value's label; plus `<column>_group` (the top-level parent's label)
 *   when any value has a parent; plus, for ordinal, `<column>_score` (the value's rank, empty for
 *   nominal escapes without one);
 * - multi: the labels joined with "; "; speaker: the speaker's name;
 * - text, number, boolean: the value as is (booleans as true/false).
 * An id that is no longer in the codebook or registry is exported raw (never dropped); its
 * group and score cells stay empty.
 */
export function dimensionColumns(
  dimension: Dimension,
  speakers: readonly Speaker[],
  taken: Set<string>,
): DimensionColumn[] {
  const dimensionId = dimension.id
  const header = uniqueColumn(dimension.column, taken)
  if (dimension.kind === 'speaker') {
    const names = new Map(speakers.map((s) => [s.id, s.name]))
    return [{ header, dimensionId, cell: (v) => render(v, (id) => names.get(id) ?? id) }]
  }
  if (dimension.kind !== 'single' && dimension.kind !== 'ordinal' && dimension.kind !== 'multi') {
    return [{ header, dimensionId, cell: (v) => render(v, asIs) }]
  }
  const values = new Map(dimension.values.map((v) => [v.id, v]))
  const columns: DimensionColumn[] = [
    { header, dimensionId, cell: (v) => render(v, (id) => values.get(id)?.label ?? id) },
  ]
  if (dimension.kind === 'multi') return columns
  if (dimension.values.some((v) => v.parentId !== null)) {
    const group = uniqueColumn(`${dimension.column}_group`, taken)
    columns.push({
      header: group,
      dimensionId,
      cell: (v) => render(v, (id) => groupLabel(values, id)),
    })
  }
  if (dimension.kind === 'ordinal') {
    const score = uniqueColumn(`${dimension.column}_score`, taken)
    const rank = (id: string): string => {
      const r = values.get(id)?.rank
      return r === undefined || r === null ? '' : String(r)
    }
    columns.push({ header: score, dimensionId, cell: (v) => render(v, rank) })
  }
  return columns
}

/** The span-scope dimensions of a codebook, in codebook order: the ones exported per annotation. */
export function spanDimensions(codebook: Codebook): Dimension[] {
  return codebook.dimensions.filter((d) => d.scope === 'span')
}
