/** A text item of pdf.js `getTextContent()`: its string, whether a line ends after it, its position. */
export type PdfTextItem = { str: string; hasEOL?: boolean; transform?: number[]; height?: number }

/**
 * A line of a page: its text, the baseline's vertical position (larger is higher, null when
 * unknown), the left edge of its first text and its font size (the height of most of its
 * characters, 0 when unknown).
 */
export type PdfLine = { text: string; y: number | null; x: number | null; size: number }

/**
 * The font size most of a line's characters have: a superscript or a footnote mark inside a
 * line of body text does not make it a line of another size.
 */
function dominantSize(items: readonly PdfTextItem[]): number {
  const weight = new Map<number, number>()
  for (const item of items) {
    const chars = item.str.trim().length
    if (chars === 0 || item.height === undefined || item.height <= 0) continue
    // Sizes a few hundredths of a point apart (rounding in the content stream) are one size.
    const size = Math.round(item.height * 10) / 10
    weight.set(size, (weight.get(size) ?? 0) + chars)
  }
  let best = 0
  let most = 0
  for (const [size, chars] of weight) {
    if (chars > most) [best, most] = [size, chars]
  }
  return best
}

function toLine(items: readonly PdfTextItem[]): PdfLine {
  const first = items.find((item) => item.str.trim() !== '' && item.transform !== undefined)
  return {
    text: items.map((item) => item.str).join(''),
    y: first?.transform?.[5] ?? null,
    x: first?.transform?.[4] ?? null,
    size: dominantSize(items),
  }
}

/**
 * Cuts a page's text items into lines where pdf.js marks a line end (`hasEOL`), in content order.
 * The items of a line are concatenated as they are: pdf.js already puts the spaces it sees (or
 * infers from gaps) into the strings.
 */
export function linesOf(items: readonly PdfTextItem[]): PdfLine[] {
  const lines: PdfLine[] = []
  let current: PdfTextItem[] = []
  for (const item of items) {
    current.push(item)
    if (item.hasEOL === true) {
      lines.push(toLine(current))
      current = []
    }
  }
  if (current.some((item) => item.str !== '')) lines.push(toLine(current))
  return lines
}
