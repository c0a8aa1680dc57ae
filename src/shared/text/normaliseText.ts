/**
 * Characters removed from raw text: C0 controls other than tab and line feed (carriage returns are
 * turned into line feeds first), and DEL. They are invisible, cannot be selected or coded, and
 * come from old exports (form feeds between pages, stray escape codes); keeping them would only
 * make offsets disagree with what the coder sees. C1 controls are kept: in decoded text they mean
 * a wrong encoding guess, which should stay visible rather than be hidden.
 */
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const CONTROL_CHARS = /[\u0000-\u0008\u000b-\u001f\u007f]/g

/** A line holding nothing but whitespace (spaces, tabs, NBSP, ideographic space…) is a blank line. */
const BLANK_LINE = /^\s*$/

/**
 * Returns the canonical text of a raw article text, the form every annotation offset points into:
 *
 * - a leading byte-order mark is dropped; CRLF and CR become LF; the Unicode line and paragraph
 *   separators (U+2028, U+2029) count as a line break and a blank line;
 * - tabs become spaces; other C0 controls and DEL are removed (see `CONTROL_CHARS`);
 * - paragraphs are split on blank lines (a line of only whitespace, NBSP included, is blank);
 * - inside a paragraph, each single line break and the whitespace around it becomes one space,
 *   because news text is hard-wrapped; every other character, including curly quotes, em dashes,
 *   NBSP and runs of spaces inside a line, is kept exactly;
 * - paragraphs are trimmed, empty ones dropped, and the rest joined with exactly "\n\n".
 *
 * So canonical text contains "\n" only in the "\n\n" separator and never starts or ends with
 * whitespace; a text with no visible characters normalises to ''. The function is idempotent.
 */
export function normaliseText(raw: string): string {
  const text = raw
    .replace(/^\ufeff/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/\u2029/g, '\n\n')
    .replace(/\u2028/g, '\n')
    .replace(/\t/g, ' ')
    .replace(CONTROL_CHARS, '')

  const paragraphs: string[] = []
  let lines: string[] = []
  const flush = (): void => {
    if (lines.length > 0) paragraphs.push(lines.join(' '))
    lines = []
  }
  for (const line of text.split('\n')) {
    if (BLANK_LINE.test(line)) flush()
    else lines.push(line.trim())
  }
  flush()
  return paragraphs.join('\n\n')
}
