import type { TextRange } from '../../state/sessionStore'

/**
 * Shrinks a range of `text` so it neither starts nor ends with whitespace: a drag or a double
 * click often catches a space or a paragraph break, which would make exports ragged. Returns null
 * when nothing but whitespace is left.
 */
export function trimRange(text: string, start: number, end: number): TextRange | null {
  let s = Math.max(0, Math.min(start, end))
  let e = Math.min(text.length, Math.max(start, end))
  while (s < e && /\s/.test(text.charAt(s))) s += 1
  while (e > s && /\s/.test(text.charAt(e - 1))) e -= 1
  return e > s ? { start: s, end: e } : null
}
