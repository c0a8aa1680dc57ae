import type { HighlightSpan } from '../../../shared/highlights/buildSegments'

/**
 * Of the annotations under the pointer, the one a click means: the shortest (innermost) span;
 * on equal length the later-starting one, which is the one drawn on top.
 */
export function innermostAnnotation(
  ids: readonly string[],
  spans: ReadonlyMap<string, HighlightSpan>,
): string | null {
  let best: HighlightSpan | null = null
  for (const id of ids) {
    const span = spans.get(id)
    if (!span) continue
    const length = span.end - span.start
    const bestLength = best ? best.end - best.start : Infinity
    if (length < bestLength || (length === bestLength && best && span.start > best.start))
      best = span
  }
  return best?.id ?? null
}

/** The annotation ids of the highlight segment at a DOM node, innermost last; [] when none. */
export function idsAtElement(target: EventTarget | null): string[] {
  if (!(target instanceof Element)) return []
  const ids = target.closest('[data-ids]')?.getAttribute('data-ids')
  return ids ? ids.split(' ') : []
}
