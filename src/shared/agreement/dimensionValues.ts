import type { CodedValue as StoredValue } from '../domain/annotation'
import type { Dimension } from '../domain/codebook'
import type { CodeValue, CodedValue, MeasurementLevel } from './types'

/** How one dimension is compared: its level(s), how a stored value becomes a comparable one. */
export type DimensionPlan = {
  /** The comparisons made: each a level with the value order (ordinal) and a label. */
  comparisons: DimensionComparison[]
}

/** One comparison of a dimension at one level. */
export type DimensionComparison = {
  level: MeasurementLevel
  /** What is compared, for reports: "all values", "ranked values (escapes as missing)". */
  scope: string
  /** Ordinal value order, lowest first. */
  order?: CodedValue[]
  /** The comparable value of a stored one, or null (missing). */
  toValue: (stored: StoredValue | undefined) => CodeValue
}

const nominalValue = (stored: StoredValue | undefined): CodeValue => {
  if (stored === undefined || stored === null) return null
  if (Array.isArray(stored)) return stored.length === 0 ? null : [...stored].sort().join('|')
  if (typeof stored === 'boolean') return stored ? 'yes' : 'no'
  if (typeof stored === 'number') return Number.isFinite(stored) ? stored : null
  return stored === '' ? null : stored
}

/**
 * Decides how a codebook dimension is compared across coders. Documented choices:
 * - `ordinal` (the stance scale): ordinal alpha over the ranked values, in rank order, with the
 *   unranked nominal escapes ("no stance expressed", "unclear") treated as missing — they are not
 *   points on the scale; PLUS nominal alpha over all values, escapes included, so disagreement
 *   about whether a stance exists at all is reported too;
 * - `single`, `speaker`, `boolean`: nominal; `multi`: nominal on the chosen set as a whole (coders
 *   agree only when they chose the same set);
 * - `number`: interval;
 * - `text`: free text is not compared (no comparisons).
 * Returns the comparisons to make.
 */
export function planDimension(dimension: Dimension): DimensionPlan {
  const all: DimensionComparison = { level: 'nominal', scope: 'all values', toValue: nominalValue }
  switch (dimension.kind) {
    case 'text':
      return { comparisons: [] }
    case 'number':
      return { comparisons: [{ ...all, level: 'interval' }] }
    case 'ordinal': {
      const ranked = dimension.values
        .filter((v) => v.rank !== null)
        .sort((a, b) => (a.rank as number) - (b.rank as number))
      const rankedIds = new Set(ranked.map((v) => v.id))
      const ordinal: DimensionComparison = {
        level: 'ordinal',
        scope: 'ranked values (unranked as missing)',
        order: ranked.map((v) => v.id),
        toValue: (stored) => (typeof stored === 'string' && rankedIds.has(stored) ? stored : null),
      }
      return { comparisons: [ordinal, all] }
    }
    default:
      return { comparisons: [all] }
  }
}
