import type { HighlightSpan } from '../../../shared/highlights/buildSegments'

/** A stretch of text whose highlight segments must be redrawn (offsets, `end` exclusive). */
export type Region = { start: number; end: number }

function sameRange(a: HighlightSpan | undefined, b: HighlightSpan | undefined): boolean {
  return a !== undefined && b !== undefined && a.start === b.start && a.end === b.end
}

/**
 * The regions whose segments differ between two sets of spans: the overlap components (maximal
 * runs of transitively overlapping spans, old and new together) that contain a span added,
 * removed or moved. Segments never cross a component's edge, so redrawing these regions alone
 * gives the same decorations as redrawing everything. Returns [] when only codes changed.
 */
export function changedRegions(
  before: ReadonlyMap<string, HighlightSpan>,
  after: ReadonlyMap<string, HighlightSpan>,
): Region[] {
  const changed: HighlightSpan[] = []
  for (const [id, span] of after) if (!sameRange(span, before.get(id))) changed.push(span)
  for (const [id, span] of before) if (!sameRange(span, after.get(id))) changed.push(span)
  if (changed.length === 0) return []

  const all = [...before.values(), ...after.values()].filter((s) => s.end > s.start)
  all.sort((a, b) => a.start - b.start)
  const components: Region[] = []
  for (const span of all) {
    const last = components.at(-1)
    // Spans that merely touch (one ends where the next starts) share no segment.
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end)
    else components.push({ start: span.start, end: span.end })
  }

  const dirty = new Set<Region>()
  for (const span of changed) {
    // Binary search for the component holding this span's start.
    let lo = 0
    let hi = components.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1
      if ((components[mid] as Region).start <= span.start) lo = mid
      else hi = mid - 1
    }
    const component = components[lo]
    if (component) dirty.add(component)
  }
  return [...dirty].sort((a, b) => a.start - b.start)
}
