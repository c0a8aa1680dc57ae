import type { CodedValue } from '../../../shared/domain/annotation'
import type { Dimension } from '../../../shared/domain/codebook'
import type { Speaker } from '../../../shared/domain/speaker'

/** One code of an annotation, ready to show as a chip or a tooltip line. */
export type CodeChip = { dimensionId: string; dimensionName: string; text: string }

/**
 * The human label of one stored value of `dimension`: value labels for choices, the speaker's
 * name for speakers, the text itself for text and numbers. Unknown ids (a value removed from the
 * codebook, a speaker deleted) show as the raw id rather than vanishing, so no data looks lost.
 */
export function valueLabel(
  dimension: Dimension,
  value: CodedValue,
  speakersById: ReadonlyMap<string, Speaker>,
): string | null {
  if (value === null || value === '') return null
  switch (dimension.kind) {
    case 'speaker':
      return typeof value === 'string' ? (speakersById.get(value)?.name ?? value) : String(value)
    case 'single':
    case 'ordinal':
    case 'multi': {
      const ids = Array.isArray(value) ? value : [String(value)]
      if (ids.length === 0) return null
      return ids.map((id) => dimension.values.find((v) => v.id === id)?.label ?? id).join(', ')
    }
    case 'boolean':
      return value === true ? 'Yes' : 'No'
    case 'text':
    case 'number':
      return String(value)
  }
}

/** The codes of an annotation in codebook order, one chip per coded dimension. */
export function describeCodes(
  values: Record<string, CodedValue>,
  dimensions: readonly Dimension[],
  speakersById: ReadonlyMap<string, Speaker>,
): CodeChip[] {
  const chips: CodeChip[] = []
  for (const dimension of dimensions) {
    const value = values[dimension.id]
    if (value === undefined) continue
    const text = valueLabel(dimension, value, speakersById)
    if (text === null) continue
    chips.push({ dimensionId: dimension.id, dimensionName: dimension.name, text })
  }
  return chips
}
