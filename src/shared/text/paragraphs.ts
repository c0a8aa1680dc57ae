/** The separator between paragraphs of canonical text (see `normaliseText`). */
export const PARAGRAPH_SEPARATOR = '\n\n'

/** A paragraph of canonical text as UTF-16 offsets, `end` exclusive. */
export type ParagraphRange = { start: number; end: number }

/**
 * Returns the UTF-16 offset range of each paragraph of canonical text, in order, split on "\n\n".
 * The empty text has one empty paragraph (`[{ start: 0, end: 0 }]`), like an empty editor.
 */
export function paragraphRanges(text: string): ParagraphRange[] {
  const ranges: ParagraphRange[] = []
  let start = 0
  for (;;) {
    const end = text.indexOf(PARAGRAPH_SEPARATOR, start)
    if (end === -1) {
      ranges.push({ start, end: text.length })
      return ranges
    }
    ranges.push({ start, end })
    start = end + PARAGRAPH_SEPARATOR.length
  }
}

/**
 * Returns the 0-based index of the paragraph that holds `offset`, by binary search over `ranges`
 * (from `paragraphRanges`). An offset at a paragraph's end or inside the separator after it
 * belongs to the next paragraph, because a span starting there starts in the next paragraph.
 * Offsets before the text give 0, offsets at or past its end give the last paragraph, and empty
 * `ranges` give -1.
 */
export function paragraphIndexAt(ranges: readonly ParagraphRange[], offset: number): number {
  if (ranges.length === 0) return -1
  // The first paragraph whose end lies after `offset`.
  let lo = 0
  let hi = ranges.length - 1
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((ranges[mid] as ParagraphRange).end > offset) hi = mid
    else lo = mid + 1
  }
  return lo
}
