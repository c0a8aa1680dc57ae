import type { CodedValue } from '../domain/annotation'

/** How many of `rows` code `valueId` in `dimensionId` (as a single id or in a list). */
export function usageOfValue(
  rows: readonly { values: Readonly<Record<string, CodedValue>> }[],
  dimensionId: string,
  valueId: string,
): number {
  let count = 0
  for (const row of rows) {
    const v = row.values[dimensionId]
    if (v === valueId || (Array.isArray(v) && v.includes(valueId))) count += 1
  }
  return count
}
