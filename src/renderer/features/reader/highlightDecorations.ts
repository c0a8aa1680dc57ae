import { Decoration } from '@tiptap/pm/view'
import type { HighlightSpan } from '../../../shared/highlights/buildSegments'
import { buildSegments } from '../../../shared/highlights/buildSegments'
import { spanDepths } from '../../../shared/highlights/spanDepths'
import type { OffsetMap } from '../../../shared/offsets/pmPositions'
import type { ParagraphRange } from '../../../shared/text/paragraphs'
import { paragraphIndexAt } from '../../../shared/text/paragraphs'
import { coderColour } from '../coders/coderColour'

/** A highlight span with the coder who made it, for colouring by coder. */
export type CoderSpan = HighlightSpan & { coder?: string }

/** What a highlight decoration's spec carries, for hit-testing without touching the DOM. */
export type HighlightSpec = { ids: readonly string[] }

/** Underline colours cycle after this many nesting depths (see reader.css `--nc-line-N`). */
const LINE_COLOURS = 4

/** Class by overlap count: the background darkens as more spans cover the text. */
function overlapClass(count: number): string {
  if (count === 1) return 'hl'
  if (count === 2) return 'hl hl-2'
  return 'hl hl-3'
}

/**
 * Classes that keep overlapping spans visibly apart without changing layout (reader.css turns
 * them into box shadows): `u0`…`u3`, one underline band per covering span at its depth (cycling
 * after four), and `hl-open` / `hl-close` bars where a span starts or ends. Classes rather than
 * inline styles: 15,000 style attributes cost the browser far more to parse than class names.
 */
function segmentClasses(
  start: number,
  end: number,
  ids: readonly string[],
  spans: ReadonlyMap<string, CoderSpan>,
  depths: ReadonlyMap<string, number>,
  byCoder: boolean,
): string {
  const bands = new Set<number>()
  const coders = new Set<string>()
  let opens = false
  let closes = false
  for (const id of ids) {
    bands.add((depths.get(id) ?? 0) % LINE_COLOURS)
    const span = spans.get(id)
    if (span?.start === start) opens = true
    if (span?.end === end) closes = true
    if (span?.coder !== undefined) coders.add(span.coder)
  }
  const classes = [overlapClass(ids.length), ...[...bands].sort().map((d) => `u${d}`)]
  if (opens) classes.push('hl-open')
  if (closes) classes.push('hl-close')
  const colour = byCoder ? coderClass(coders, spans.get(ids.at(-1) ?? '')?.coder) : ''
  if (colour) classes.push(colour)
  return classes.join(' ')
}

/**
 * `c0`…`c7` for the coder of the innermost span when one coder covers the segment, `c-mixed`
 * when several coders' spans overlap there: one coder's colour would hide the other's span.
 */
function coderClass(coders: ReadonlySet<string>, innermost: string | undefined): string {
  if (coders.size > 1) return 'c-mixed'
  return innermost === undefined ? '' : `c${coderColour(innermost)}`
}

/**
 * Inline decorations for the segments of `spans` (see `buildSegments`): class `hl`, `hl-2` or
 * `hl-3` by the number of covering spans plus depth and bracket classes, `data-ids` with their
 * ids (space-separated) and the ids in the spec. Offsets become positions through `map`.
 *
 * A segment that crosses a paragraph break is cut into one decoration per paragraph: a
 * decoration spanning paragraphs is kept at the document level, where ProseMirror checks every
 * one of them for every paragraph on each redraw (quadratic on a 3,000-paragraph article).
 * Depths are computed over `spans` alone, which gives the same result as over the whole document
 * when `spans` is a union of overlap components (spans that overlap nothing outside the set).
 * With `byCoder`, each segment also gets a coder colour class (see `coderClass`).
 */
export function highlightDecorations(
  spans: readonly CoderSpan[],
  map: OffsetMap,
  byCoder = false,
): Decoration[] {
  const byId = new Map(spans.map((s) => [s.id, s]))
  const depths = spanDepths(spans)
  const decorations: Decoration[] = []
  for (const segment of buildSegments(spans)) {
    const spec: HighlightSpec = { ids: segment.ids }
    const classes = segmentClasses(segment.start, segment.end, segment.ids, byId, depths, byCoder)
    const pieces = splitAtParagraphs(segment.start, segment.end, map.paragraphs)
    pieces.forEach(([from, to], i) => {
      // Bars belong at the span's real start and end, not at each paragraph cut.
      let cls = classes
      if (i > 0) cls = cls.replace(' hl-open', '')
      if (i < pieces.length - 1) cls = cls.replace(' hl-close', '')
      const attrs = { class: cls, 'data-ids': segment.ids.join(' ') }
      decorations.push(Decoration.inline(map.toPos(from), map.toPos(to), attrs, spec))
    })
  }
  return decorations
}

/** The parts of [start, end) that lie inside paragraphs, in order; separators are left out. */
function splitAtParagraphs(
  start: number,
  end: number,
  paragraphs: readonly ParagraphRange[],
): [number, number][] {
  const pieces: [number, number][] = []
  for (let i = Math.max(0, paragraphIndexAt(paragraphs, start)); i < paragraphs.length; i += 1) {
    const p = paragraphs[i] as ParagraphRange
    if (p.start >= end) break
    const from = Math.max(start, p.start)
    const to = Math.min(end, p.end)
    if (to > from) pieces.push([from, to])
  }
  return pieces
}
