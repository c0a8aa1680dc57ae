/** A text item of pdf.js `getTextContent()`: its string, whether a line ends after it, its position. */
export type PdfTextItem = { str: string; hasEOL?: boolean; transform?: number[]; height?: number }

/** A line of a page: its text and the baseline's vertical position (larger is higher). */
type Line = { text: string; y: number | null; height: number }

function linesOf(items: readonly PdfTextItem[]): Line[] {
  const lines: Line[] = []
  let current: Line = { text: '', y: null, height: 0 }
  for (const item of items) {
    if (current.y === null && item.transform !== undefined && item.str !== '') {
      current.y = item.transform[5] ?? null
      current.height = item.height ?? 0
    }
    current.text += item.str
    if (item.hasEOL === true) {
      lines.push(current)
      current = { text: '', y: null, height: 0 }
    }
  }
  if (current.text !== '') lines.push(current)
  return lines
}

/** Joins a line to the paragraph so far, repairing a word hyphenated at the line end. */
function joinLine(paragraph: string, line: string): string {
  if (paragraph === '') return line
  if (/\p{L}-$/u.test(paragraph) && /^\p{Ll}/u.test(line)) return paragraph.slice(0, -1) + line
  return `${paragraph} ${line}`
}

/**
 * Turns the text items of a PDF's pages into paragraphs. Within a page, a new paragraph starts
 * after an empty line or where the gap to the next baseline is more than 1.5 times the usual
 * line spacing. A page break also ends a paragraph unless the page's last line ends without
 * sentence punctuation (a paragraph running on). A word hyphenated at a line end ("inter-" +
 * "national") is joined when the next line starts with a lower-case letter; the cost is that a
 * real hyphen at a line end ("well-" + "known") is lost too, which is rarer in news text.
 */
export function pdfTextToParagraphs(pages: readonly (readonly PdfTextItem[])[]): string[] {
  const paragraphs: string[] = []
  let current = ''
  const flush = (): void => {
    const text = current.replace(/\s+/g, ' ').trim()
    if (text !== '') paragraphs.push(text)
    current = ''
  }
  for (const items of pages) {
    const lines = linesOf(items)
    const gaps: number[] = []
    for (let i = 1; i < lines.length; i++) {
      const a = lines[i - 1]?.y
      const b = lines[i]?.y
      if (a != null && b != null && a > b) gaps.push(a - b)
    }
    gaps.sort((x, y) => x - y)
    // The lower quartile: line spacing inside paragraphs, which outnumber the gaps between them.
    const usual = gaps.length > 0 ? (gaps[Math.floor((gaps.length - 1) / 4)] as number) : 0
    let previousY: number | null = null
    for (const line of lines) {
      const text = line.text.trim()
      if (text === '') {
        flush()
        previousY = null
        continue
      }
      if (previousY !== null && line.y !== null && usual > 0 && previousY - line.y > usual * 1.5) {
        flush()
      }
      current = joinLine(current, text)
      previousY = line.y
    }
    if (/[.!?:"”’)\]]$/.test(current.trim())) flush()
  }
  flush()
  return paragraphs
}
