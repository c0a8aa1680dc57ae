import type { CodedValue } from '../domain/annotation'
import type { Dimension } from '../domain/codebook'

/**
 * Whether a dimension applies given the values coded so far (its `showWhen` skip rule): true
 * without a rule; otherwise true when the controlling dimension holds one of the listed values
 * (for a multiple-choice control, any of them).
 */
export function isDimensionShown(
  dimension: Dimension,
  values: Readonly<Record<string, CodedValue>>,
): boolean {
  const rule = dimension.showWhen
  if (!rule) return true
  const current = values[rule.dimensionId]
  if (typeof current === 'string') return rule.valueIds.includes(current)
  if (Array.isArray(current)) return current.some((v) => rule.valueIds.includes(v))
  return false
}
