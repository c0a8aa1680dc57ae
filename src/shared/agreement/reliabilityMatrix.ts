import type { CodedValue as StoredValue } from '../domain/annotation'
import type { DimensionComparison } from './dimensionValues'
import type { CodeValue } from './types'

/** A unit as coded by several coders: each coder's stored values, keyed by dimension id. */
export type CodedUnit = {
  /** Stored values by coder name; a coder absent from the map did not code the unit. */
  byCoder: ReadonlyMap<string, Readonly<Record<string, StoredValue>>>
}

/**
 * Builds Krippendorff's coders × units matrix (`null` = missing) for one dimension and one
 * comparison (see `planDimension`): row i holds `coders[i]`'s comparable values, column u unit u.
 * A coder who has no entry for a unit, or left the dimension empty, is missing there. Returns the
 * matrix in the form `krippendorffAlpha` takes.
 */
export function reliabilityMatrix(
  units: readonly CodedUnit[],
  coders: readonly string[],
  dimensionId: string,
  comparison: DimensionComparison,
): CodeValue[][] {
  return coders.map((coder) =>
    units.map((unit) => {
      const values = unit.byCoder.get(coder)
      return values === undefined ? null : comparison.toValue(values[dimensionId])
    }),
  )
}

/**
 * A two-coder confusion table of one dimension: rows coder a's values, columns coder b's, cells
 * the number of units they coded that way; units missing for either coder are left out. Values
 * are listed in `order` when given, else in order of first appearance. Returns the labels and the
 * counts (`counts[row][column]`).
 */
export function confusionTable(
  a: readonly CodeValue[],
  b: readonly CodeValue[],
  order?: readonly (string | number)[],
): { values: (string | number)[]; counts: number[][] } {
  if (a.length !== b.length) throw new RangeError('the two coders must have the same units')
  const values: (string | number)[] = order ? [...order] : []
  const index = new Map(values.map((v, i) => [v, i]))
  const pairs: [number, number][] = []
  const at = (v: string | number): number => {
    let i = index.get(v)
    if (i === undefined) {
      i = values.length
      values.push(v)
      index.set(v, i)
    }
    return i
  }
  for (let u = 0; u < a.length; u++) {
    const x = a[u]
    const y = b[u]
    if (x === null || x === undefined || y === null || y === undefined) continue
    pairs.push([at(x), at(y)])
  }
  const counts = values.map(() => values.map(() => 0))
  for (const [r, c] of pairs)
    (counts[r] as number[])[c] = ((counts[r] as number[])[c] as number) + 1
  return { values, counts }
}
