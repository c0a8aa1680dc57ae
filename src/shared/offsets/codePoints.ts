/** True when the UTF-16 unit at `i` starts a surrogate pair (a high surrogate followed by a low one). */
function startsPair(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  if (c < 0xd800 || c > 0xdbff) return false
  const d = text.charCodeAt(i + 1)
  return d >= 0xdc00 && d <= 0xdfff
}

/**
 * Converts many UTF-16 offsets into `text` to Unicode code point offsets (what Python, R and
 * most analysis tools count) in one pass over the text: the offsets are sorted internally, so the
 * cost is O(n + k log k) for k offsets, and the result is in the order of `utf16Offsets`.
 *
 * A code point offset is the number of code points that start before the UTF-16 offset; an offset
 * that falls between the two halves of a surrogate pair therefore counts the whole pair. A lone
 * surrogate counts as one code point, as in JavaScript's string iterator and Python. Offsets are
 * clamped to `0..text.length`.
 */
export function codePointOffsets(text: string, utf16Offsets: readonly number[]): number[] {
  const order = utf16Offsets.map((_, i) => i)
  order.sort((a, b) => (utf16Offsets[a] as number) - (utf16Offsets[b] as number))
  const result: number[] = new Array<number>(utf16Offsets.length)
  let i = 0
  let cp = 0
  for (const index of order) {
    const target = Math.min(Math.max(utf16Offsets[index] as number, 0), text.length)
    while (i < target) {
      i += startsPair(text, i) ? 2 : 1
      cp += 1
    }
    result[index] = cp
  }
  return result
}

/** Returns the code point offset of one UTF-16 offset; see `codePointOffsets` for the rules. */
export function utf16ToCodePoint(text: string, offset: number): number {
  return codePointOffsets(text, [offset])[0] as number
}

/**
 * Returns the UTF-16 offset at which code point number `cp` starts (the inverse of
 * `utf16ToCodePoint`), clamped to `0..text.length` for code point offsets outside the text.
 */
export function codePointToUtf16(text: string, cp: number): number {
  let i = 0
  for (let n = 0; n < cp && i < text.length; n += 1) i += startsPair(text, i) ? 2 : 1
  return i
}
