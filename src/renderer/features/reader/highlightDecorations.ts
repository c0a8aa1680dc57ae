import { Decoration } from '@tiptap/pm/view'
import type { HighlightSpan } from '../../../shared/highlights/buildSegments'
import { buildSegments } from '../../../shared/highlights/buildSegments'
import { spanDepths } from '../../../shared/highlights/spanDepths'
import type { OffsetMap } from '../../../shared/offsets/pmPositions'

/** What a highlight decoration's spec carries, for hit-testing without touching the DOM. */
export type HighlightSpec = { ids: readonly string[] }

/** Underline colours cycle after this many nesting depths (see reader.css `--nc-line-N`). */
const LINE_COLOURS = 4
/** Each nesting depth draws its underline this many pixels below the previous one. */
const LINE_PX = 2

/** Class by overlap count: the background darkens as more spans cover the text. */
function overlapClass(count: number): string {
  if (count === 1) return 'hl'
  if (count === 2) return 'hl hl-2'
  return 'hl hl-3'
}

/**
 * Box shadows that keep overlapping spans visibly apart without changing layout: one underline
 * band per covering span, stacked by its depth, plus a bracket bar where a span starts or ends.
 */
function segmentStyle(
  start: number,
  end: number,
  ids: readonly string[],
  spans: ReadonlyMap<string, HighlightSpan>,
  depths: ReadonlyMap<string, number>,
): string {
  const shadows: string[] = []
  let opens = false
  let closes = false
  const byDepth = ids.map((id) => depths.get(id) ?? 0).sort((a, b) => a - b)
  for (const depth of byDepth) {
    shadows.push(`inset 0 -${(depth + 1) * LINE_PX}px 0 var(--nc-line-${depth % LINE_COLOURS})`)
  }
  for (const id of ids) {
    const span = spans.get(id)
    if (span?.start === start) opens = true
    if (span?.end === end) closes = true
  }
  // Bars go first so they paint above the underlines.
  if (closes) shadows.unshift('inset -2px 0 0 var(--nc-bracket)')
  if (opens) shadows.unshift('inset 2px 0 0 var(--nc-bracket)')
  return `box-shadow: ${shadows.join(', ')}`
}

/**
 * One inline decoration per segment of `spans` (see `buildSegments`): class `hl`, `hl-2` or
 * `hl-3` by the number of covering spans, `data-ids` with their ids (space-separated) and the ids
 * in the spec. Offsets become positions through `map`. Depths are computed over `spans` alone,
 * which gives the same result as over the whole document when `spans` is a union of overlap
 * components (spans that overlap nothing outside the set).
 */
export function highlightDecorations(
  spans: readonly HighlightSpan[],
  map: OffsetMap,
): Decoration[] {
  const byId = new Map(spans.map((s) => [s.id, s]))
  const depths = spanDepths(spans)
  return buildSegments(spans).map((segment) => {
    const spec: HighlightSpec = { ids: segment.ids }
    return Decoration.inline(
      map.toPos(segment.start),
      map.toPos(segment.end),
      {
        class: overlapClass(segment.ids.length),
        'data-ids': segment.ids.join(' '),
        style: segmentStyle(segment.start, segment.end, segment.ids, byId, depths),
      },
      spec,
    )
  })
}
