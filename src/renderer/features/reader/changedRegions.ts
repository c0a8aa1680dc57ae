import type { HighlightSpan } from '../../../shared/highlights/buildSegments'

/** A stretch of text whose highlight segments must be redrawn (offsets, `end` exclusive). */
export type Region = { start: number; end: number }

function sameRange(a: HighlightSpan | undefined, b: HighlightSpan | undefined): boolean {
  return a !== undefined && b !== undefined && a.start === b.start && a.end === b.end
}

const isSorted = (list: readonly HighlightSpan[]) =>
  list.every((s, i) => i === 0 || (list[i - 1] as HighlightSpan).start <= s.start)

// Both lists normally arrive in text order (the index order), so a linear merge replaces a sort
// of 20,000 spans on every tag; unsorted input is sorted first.
function mergeByStart(a: HighlightSpan[], b: HighlightSpan[]): HighlightSpan[] {
  const byStart = (x: HighlightSpan, y: HighlightSpan) => x.start - y.start
  if (!isSorted(a)) a.sort(byStart)
  if (!isSorted(b)) b.sort(byStart)
  const out: HighlightSpan[] = []
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    const x = a[i]
    const y = b[j]
    const next = y === undefined || (x !== undefined && x.start <= y.start) ? (i++, x) : (j++, y)
    if (next && next.end > next.start) out.push(next)
  }
  return out
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

  const all = mergeByStart([...before.values()], [...after.values()])
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
