import type { IndexedData } from './indexReliabilityData'

/** Pairable units grouped by the values they hold (see `unitPatterns`). */
export type UnitPatterns = {
  /** The pattern of each pairable unit: an index into `patterns`' units. */
  patternOf: Int32Array
  /** One unit per distinct pattern, its values sorted, over the same `values` as the data. */
  patterns: IndexedData
}

/**
 * Groups pairable units by their multiset of values. A unit's coincidences (Krippendorff 2011,
 * "Computing Krippendorff's Alpha-Reliability") depend only on how often each value occurs in it,
 * not on which coder gave it, so units with the same multiset contribute the same coincidences.
 * Reliability data hold few such patterns (three coders and four values give at most 30), which
 * lets the bootstrap count draws per pattern instead of summing coincidences per unit. Returns
 * each unit's pattern and the patterns themselves, in order of first occurrence.
 */
export function unitPatterns(data: IndexedData): UnitPatterns {
  const { values, unitStarts, valueIndices } = data
  const unitCount = unitStarts.length - 1
  const patternOf = new Int32Array(unitCount)
  const byKey = new Map<string, number>()
  const starts: number[] = [0]
  const indices: number[] = []
  for (let u = 0; u < unitCount; u++) {
    const sorted = valueIndices.slice(unitStarts[u], unitStarts[u + 1]).sort()
    const key = sorted.join(',')
    let pattern = byKey.get(key)
    if (pattern === undefined) {
      pattern = byKey.size
      byKey.set(key, pattern)
      for (const value of sorted) indices.push(value)
      starts.push(indices.length)
    }
    patternOf[u] = pattern
  }
  return {
    patternOf,
    patterns: {
      values,
      unitStarts: Int32Array.from(starts),
      valueIndices: Int32Array.from(indices),
    },
  }
}
