import type { Dimension } from '../domain/codebook'
import { isColumnFree, uniqueDimensionColumn } from './dimensionColumn'
import { moveItem } from './moveItem'

/** What the editor may change on a dimension; `id` and `values` change through other ops. */
export type DimensionPatch = Partial<
  Pick<Dimension, 'name' | 'column' | 'description' | 'kind' | 'scope' | 'required' | 'showWhen'>
>

/** Kinds whose codes are value ids of the dimension's own list. */
export const CHOICE_KINDS: ReadonlySet<Dimension['kind']> = new Set(['single', 'multi', 'ordinal'])

function checkName(name: string): string {
  const trimmed = name.trim()
  if (trimmed === '') throw new Error('A dimension needs a name.')
  if (trimmed.length > 200) throw new Error('Dimension names are limited to 200 characters.')
  return trimmed
}

function dimensionIndex(dimensions: readonly Dimension[], id: string): number {
  const index = dimensions.findIndex((d) => d.id === id)
  if (index < 0) throw new Error('This dimension is no longer in the codebook.')
  return index
}

/**
 * Appends a new dimension named `name` with a snake_case export column that clashes with no
 * fixed or other column (see `uniqueDimensionColumn`).
 */
export function addDimension(
  dimensions: readonly Dimension[],
  id: string,
  name: string,
  kind: Dimension['kind'],
  scope: Dimension['scope'],
): Dimension[] {
  if (dimensions.some((d) => d.id === id)) throw new Error('Duplicate dimension id.')
  const checked = checkName(name)
  const dimension: Dimension = {
    id,
    name: checked,
    column: uniqueDimensionColumn(checked, dimensions),
    description: '',
    kind,
    scope,
    required: false,
    values: [],
    showWhen: null,
  }
  return [...dimensions, dimension]
}

/**
 * Changes a dimension's name, column, instruction, kind, scope, requirement or skip rule. A
 * column must be snake_case and free; a skip rule must name another dimension of the codebook
 * with values of its list.
 */
export function updateDimension(
  dimensions: readonly Dimension[],
  id: string,
  patch: DimensionPatch,
): Dimension[] {
  const index = dimensionIndex(dimensions, id)
  const next: Dimension = { ...(dimensions[index] as Dimension), ...patch }
  if (patch.name !== undefined) next.name = checkName(patch.name)
  if (patch.column !== undefined && !isColumnFree(patch.column, dimensions, id)) {
    throw new Error(
      `The column “${patch.column}” is taken or not snake_case (a–z, 0–9 and _, starting with a letter).`,
    )
  }
  const rule = next.showWhen
  if (rule) {
    const control = dimensions.find((d) => d.id === rule.dimensionId)
    if (!control || control.id === id) throw new Error('Skip logic needs another dimension.')
    if (rule.valueIds.length === 0) throw new Error('Choose at least one value for skip logic.')
  }
  const out = [...dimensions]
  out[index] = next
  return out
}

/** Moves a dimension from its place to index `to` (drag, or ±1 for Move up / Move down). */
export function moveDimension(
  dimensions: readonly Dimension[],
  id: string,
  to: number,
): Dimension[] {
  return moveItem(dimensions, dimensionIndex(dimensions, id), to)
}

/**
 * Removes a dimension. Skip rules controlled by it are dropped, so the dimensions they governed
 * are shown again rather than hidden forever. Codes already stored for it stay in the
 * annotations (stand-off data is never destroyed by a codebook edit); undo brings it back.
 */
export function removeDimension(dimensions: readonly Dimension[], id: string): Dimension[] {
  dimensionIndex(dimensions, id)
  return dimensions
    .filter((d) => d.id !== id)
    .map((d) => (d.showWhen?.dimensionId === id ? { ...d, showWhen: null } : d))
}

/** Replaces one dimension with `next` (same id), e.g. after a value op. */
export function replaceDimension(dimensions: readonly Dimension[], next: Dimension): Dimension[] {
  const index = dimensionIndex(dimensions, next.id)
  const out = [...dimensions]
  out[index] = next
  return out
}
