import type { SpanDescription } from './types'

/**
 * Characters of context kept before and after a quote. 32, as the hypothesis client uses: enough
 * to tell apart repeated quotes ("he said", a repeated name) and to rank fuzzy matches, short
 * enough to store with every annotation.
 */
export const CONTEXT_LENGTH = 32

const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff
const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff

/**
 * Returns the span `start..end` of `text` with its quote: `exact` (the slice), and up to
 * `CONTEXT_LENGTH` UTF-16 units of `prefix` and `suffix`, shortened by one unit where the cut
 * would split a surrogate pair so that stored context is always well-formed text.
 * Throws a RangeError when the range is empty or outside the text: callers must not store it.
 */
export function describeSpan(text: string, start: number, end: number): SpanDescription {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length) {
    throw new RangeError(`span ${start}..${end} is outside a text of length ${text.length}`)
  }
  if (end <= start) throw new RangeError(`span ${start}..${end} is empty`)
  let prefixStart = Math.max(0, start - CONTEXT_LENGTH)
  if (prefixStart > 0 && isLowSurrogate(text.charCodeAt(prefixStart))) prefixStart += 1
  let suffixEnd = Math.min(text.length, end + CONTEXT_LENGTH)
  if (suffixEnd < text.length && isHighSurrogate(text.charCodeAt(suffixEnd - 1))) suffixEnd -= 1
  return {
    start,
    end,
    exact: text.slice(start, end),
    prefix: text.slice(prefixStart, start),
    suffix: text.slice(end, suffixEnd),
  }
}
