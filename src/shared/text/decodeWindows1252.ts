/**
 * Windows-1252 characters of bytes 0x80–0x9F (WHATWG Encoding Standard index); the five bytes
 * it leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) map to the C1 control of the same number.
 */
const HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178'

/**
 * Decodes Windows-1252 bytes. Written out because some runtimes' `TextDecoder('windows-1252')`
 * decodes ISO-8859-1 instead (Node before 23 gives U+0093 for a curly quote), and old exports
 * are full of curly quotes and dashes in exactly that range.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  const parts: string[] = []
  const CHUNK = 8192
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const codes: number[] = []
    for (const b of bytes.subarray(start, start + CHUNK)) {
      codes.push(b >= 0x80 && b <= 0x9f ? HIGH.charCodeAt(b - 0x80) : b)
    }
    parts.push(String.fromCharCode(...codes))
  }
  return parts.join('')
}
