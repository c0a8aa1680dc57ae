import type { ParagraphRange } from '../text/paragraphs'
import { PARAGRAPH_SEPARATOR, paragraphRanges } from '../text/paragraphs'

/** Two-way mapping between canonical-text offsets and ProseMirror positions of one document. */
export type OffsetMap = {
  /** ProseMirror position of a canonical-text offset. */
  toPos(offset: number): number
  /** Canonical-text offset of a ProseMirror position. */
  toOffset(pos: number): number
  /** UTF-16 ranges of the canonical paragraphs, one per ProseMirror paragraph. */
  paragraphs: ParagraphRange[]
}

/** Index of the last of the sorted `values` that is at most `x`, or 0 when none is. */
function lastAtOrBefore(values: readonly number[], x: number): number {
  let lo = 0
  let hi = values.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1
    if ((values[mid] as number) <= x) lo = mid
    else hi = mid - 1
  }
  return lo
}

/**
 * Builds the offset ↔ position mapping for a ProseMirror doc made of one paragraph node per
 * canonical paragraph and nothing else. Paragraph i opens at position P(i) (P(0) = 0, each
 * paragraph adds its length + 2 for its open and close tokens) and its text starts at P(i) + 1.
 * The mapping is computed from the paragraph ranges, not from "offset + 1", so it stays correct
 * should the separator change. Build it once per opened document: both lookups are binary
 * searches.
 *
 * Clamping, chosen so that every offset and position maps somewhere valid:
 * - `toPos`: an offset at a paragraph's end maps to the end of that paragraph's text; an offset
 *   strictly inside a separator maps to the start of the next paragraph's text (as
 *   `paragraphIndexAt` does); offsets outside the text clamp to the start of the first or the end
 *   of the last paragraph.
 * - `toOffset`: a position between two paragraphs (at a node boundary) maps to the start of the
 *   next paragraph; positions outside the doc clamp to 0 and `text.length`.
 * Offsets and positions inside paragraphs round-trip exactly.
 */
export function createOffsetMap(text: string): OffsetMap {
  const paragraphs = paragraphRanges(text)
  const starts = paragraphs.map((p) => p.start)
  const contentStarts: number[] = []
  let pos = 1
  for (const p of paragraphs) {
    contentStarts.push(pos)
    pos += p.end - p.start + 2
  }

  const toPos = (offset: number): number => {
    const i = lastAtOrBefore(starts, offset)
    const p = paragraphs[i] as ParagraphRange
    const base = contentStarts[i] as number
    if (offset <= p.start) return base
    if (offset <= p.end) return base + (offset - p.start)
    const next = contentStarts[i + 1]
    return next ?? base + (p.end - p.start)
  }

  const toOffset = (position: number): number => {
    const i = lastAtOrBefore(contentStarts, position)
    const p = paragraphs[i] as ParagraphRange
    const base = contentStarts[i] as number
    if (position <= base) return p.start
    const offset = p.start + (position - base)
    if (offset <= p.end) return offset
    return paragraphs[i + 1]?.start ?? p.end
  }

  return { toPos, toOffset, paragraphs }
}

/**
 * Returns the canonical text of a doc given its paragraphs' texts, joined with the paragraph
 * separator; the inverse of splitting with `paragraphRanges`, used to check round trips.
 */
export function docToCanonicalText(paragraphTexts: readonly string[]): string {
  return paragraphTexts.join(PARAGRAPH_SEPARATOR)
}
