import type { AgreementSpan, CoefficientRow } from './agreementTypes'
import type { UnitizingSegment } from './unitizedAlpha'
import { unitizedAlpha } from './unitizedAlpha'

/**
 * Unitized alpha for span boundaries over a set of documents. Choice (documented in reports):
 * the documents, in the given order, are laid end to end as ONE continuum (document i starts at
 * the sum of the lengths before it), as Krippendorff (2004, ch. 11) treats a body of text as one
 * continuum; per-document αU would be undefined wherever nobody marked anything and has no
 * agreed way to be averaged. Every chosen document is part of the continuum, also those no coder
 * marked (their text is agreed-on gap). All spans count as one category ("span"): the
 * coefficient measures agreement on where units are, not on their codes. Returns the report row,
 * or null when the documents have no text at all.
 */
export function spanBoundaryAlpha(
  documents: readonly { id: string; length: number }[],
  spans: readonly AgreementSpan[],
  coders: readonly string[],
): CoefficientRow | null {
  const offsets = new Map<string, number>()
  let length = 0
  for (const doc of documents) {
    offsets.set(doc.id, length)
    length += doc.length
  }
  if (length === 0) return null
  const segments = new Map<string, UnitizingSegment[]>(coders.map((c) => [c, []]))
  for (const span of spans) {
    const offset = offsets.get(span.documentId)
    const list = segments.get(span.coder)
    if (offset === undefined || list === undefined) continue
    list.push({ start: offset + span.start, end: offset + span.end, category: 'span' })
  }
  const result = unitizedAlpha({
    length,
    coders: coders.map((coder) => ({ coder, segments: segments.get(coder) ?? [] })),
  })
  return {
    dimensionId: 'span_boundaries',
    dimension: 'Span boundaries',
    scope: 'unitizing',
    level: 'unitizing',
    values: 'span boundaries (documents as one continuum)',
    coefficient: 'unitized_alpha',
    value: result.alpha,
    ciLow: null,
    ciHigh: null,
    units: result.binary.units,
    pairableValues: null,
    coders: [...coders],
  }
}
