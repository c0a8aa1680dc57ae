import type { Annotation, CodedValue } from '../../../shared/domain/annotation'
import type { Dimension } from '../../../shared/domain/codebook'
import type { Speaker } from '../../../shared/domain/speaker'
import type { CodeFilter } from '../../state/sessionStore'
import { valueLabel } from './describeCodes'

/** One entry of the "Filter by code" select. */
export type CodeFilterOption = { dimensionId: string; value: string; label: string }

// Free text and numbers are not offered: nearly every span has its own, so a filter would not help.
const FILTERABLE = new Set<Dimension['kind']>(['single', 'ordinal', 'multi', 'speaker', 'boolean'])

function filterKeys(value: CodedValue | undefined): string[] {
  if (value === undefined || value === null || value === '') return []
  if (Array.isArray(value)) return value
  return [String(value)]
}

/**
 * The values actually used in `annotations`, per filterable span dimension in codebook order and
 * then in the codebook's value order (speakers by name), labelled "Dimension: Value".
 */
export function codeFilterOptions(
  annotations: readonly Annotation[],
  dimensions: readonly Dimension[],
  speakersById: ReadonlyMap<string, Speaker>,
): CodeFilterOption[] {
  const options: CodeFilterOption[] = []
  for (const dimension of dimensions) {
    if (!FILTERABLE.has(dimension.kind)) continue
    const used = new Set<string>()
    for (const a of annotations) for (const key of filterKeys(a.values[dimension.id])) used.add(key)
    const order = dimension.values.map((v) => v.id)
    const rank = (key: string) => {
      const i = order.indexOf(key)
      return i === -1 ? order.length : i
    }
    const rows = [...used].map((key) => {
      const stored: CodedValue = dimension.kind === 'boolean' ? key === 'true' : key
      const label = valueLabel(dimension, stored, speakersById) ?? key
      return { dimensionId: dimension.id, value: key, label: `${dimension.name}: ${label}` }
    })
    rows.sort((a, b) => rank(a.value) - rank(b.value) || a.label.localeCompare(b.label))
    options.push(...rows)
  }
  return options
}

/** Whether an annotation carries the filter's value (any of them, for multi-valued codes). */
export function matchesCodeFilter(annotation: Annotation, filter: CodeFilter): boolean {
  if (!filter) return true
  return filterKeys(annotation.values[filter.dimensionId]).includes(filter.value)
}
