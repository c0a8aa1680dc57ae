/** A span to highlight: an annotation id and its UTF-16 offsets (`end` exclusive). */
export type HighlightSpan = { id: string; start: number; end: number }

/** A stretch of text covered by the same annotations, listed outer/earlier first. */
export type Segment = { start: number; end: number; ids: string[] }

/**
 * Returns the spans in their stable drawing order: by start, then longer (outer) first, then input
 * order. Empty or inverted spans are left out: they cover no text.
 */
export function orderSpans<T extends HighlightSpan>(spans: readonly T[]): T[] {
  const indexed = spans
    .map((span, index) => ({ span, index }))
    .filter((x) => x.span.end > x.span.start)
  indexed.sort(
    (a, b) => a.span.start - b.span.start || b.span.end - a.span.end || a.index - b.index,
  )
  return indexed.map((x) => x.span)
}

/**
 * Turns overlapping and nested spans into disjoint, ordered segments, each listing the ids of the
 * spans covering it in a stable order (outer/earlier spans first, see `orderSpans`); stretches
 * that no span covers are skipped. The editor draws one decoration per segment.
 *
 * A sweep line over the sorted boundaries: O(n log n) for the sort plus the size of the output.
 * Spans enter the active list in drawing order, so appending keeps it ordered.
 */
export function buildSegments(spans: readonly HighlightSpan[]): Segment[] {
  const ordered = orderSpans(spans)
  const boundaries = [...new Set(ordered.flatMap((s) => [s.start, s.end]))].sort((a, b) => a - b)
  const segments: Segment[] = []
  let active: HighlightSpan[] = []
  let next = 0
  for (let b = 0; b < boundaries.length - 1; b += 1) {
    const at = boundaries[b] as number
    if (active.some((s) => s.end <= at)) active = active.filter((s) => s.end > at)
    for (let s = ordered[next]; s !== undefined && s.start === at; s = ordered[next]) {
      active.push(s)
      next += 1
    }
    if (active.length > 0) {
      segments.push({ start: at, end: boundaries[b + 1] as number, ids: active.map((s) => s.id) })
    }
  }
  return segments
}
