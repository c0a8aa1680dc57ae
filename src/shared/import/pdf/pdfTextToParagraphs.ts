import { hyphenContext, joinLine } from './lineEndHyphens'
import type { PdfLine, PdfTextItem } from './pdfLines'
import { linesOf } from './pdfLines'

export type { PdfTextItem } from './pdfLines'

/**
 * Sizes within this share of each other are one font size: pdf.js derives sizes from text
 * matrices, which round differently for bold, italic and regular runs of the same type.
 */
const SIZE_TOLERANCE = 0.1
/**
 * A gap between baselines more than this many times the usual line spacing of its font size is
 * a paragraph break. Inside a paragraph, baselines of one size differ by rounding only (a few
 * per cent); the space word processors and browsers put between paragraphs is at least a third
 * of a line, so 1.3 sits between the two.
 */
const PARAGRAPH_GAP = 1.3
/** Line spacing assumed for a font size that has no two consecutive lines to measure. */
const DEFAULT_LEADING = 1.2
/** Text a paragraph may end with at a page or column end; anything else runs on. */
const PARAGRAPH_END = /[.!?:"”’)\]]$/

const sizeKey = (size: number): number => Math.round(size * 2) / 2

function sameSize(a: PdfLine, b: PdfLine): boolean {
  if (a.size === 0 || b.size === 0) return true
  return Math.abs(a.size - b.size) <= SIZE_TOLERANCE * Math.max(a.size, b.size)
}

/**
 * The usual line spacing of each font size in the document: the lower quartile of the gaps
 * between consecutive lines of that size on a page — gaps inside paragraphs outnumber those
 * between them, and the lower quartile ignores the latter even on a page of short paragraphs.
 */
function usualSpacing(pages: readonly PdfLine[][]): Map<number, number> {
  const gaps = new Map<number, number[]>()
  for (const lines of pages) {
    for (let i = 1; i < lines.length; i++) {
      const [a, b] = [lines[i - 1] as PdfLine, lines[i] as PdfLine]
      if (a.y === null || b.y === null || a.y <= b.y || !sameSize(a, b)) continue
      const key = sizeKey(b.size)
      gaps.set(key, [...(gaps.get(key) ?? []), a.y - b.y])
    }
  }
  const usual = new Map<number, number>()
  for (const [key, list] of gaps) {
    list.sort((x, y) => x - y)
    usual.set(key, list[Math.floor((list.length - 1) / 4)] as number)
  }
  return usual
}

type Relation = 'same' | 'new' | 'block'

/**
 * How the line `b` relates to the line `a` before it: the same paragraph, a new one, or the start
 * of another block (a column, a page) where a paragraph may run on. `firstOnPage`: `b` opens a
 * page, so positions cannot be compared and only the size tells.
 */
function relation(
  a: PdfLine,
  b: PdfLine,
  firstOnPage: boolean,
  usual: Map<number, number>,
): Relation {
  if (!sameSize(a, b)) return 'new'
  if (firstOnPage) return 'block'
  if (a.y === null || b.y === null) return 'same'
  // Not below the line before (higher up, or on its baseline further right): the top of the
  // next column or text box.
  if (b.y > a.y - b.size / 2) return 'block'
  const spacing = usual.get(sizeKey(b.size)) ?? b.size * DEFAULT_LEADING
  return a.y - b.y > spacing * PARAGRAPH_GAP ? 'new' : 'same'
}

/**
 * Turns the text items of a PDF's pages into paragraphs. A paragraph is a run of lines of the
 * same font size in the same block: it ends at an empty line, where the font size changes (a
 * headline over several lines in large type stays one paragraph; the body below it starts
 * another), and where the gap to the next baseline exceeds `PARAGRAPH_GAP` times the usual
 * spacing of that size. At the end of a page or a column (the next line is not below the last) a
 * paragraph ends only if its text ends like a sentence; otherwise it runs on. Words hyphenated
 * at a line end are joined as `joinLine` decides, with the whole document as vocabulary;
 * `producerMarksHyphens` says the PDF comes from a producer that writes the hyphens it inserts
 * as U+2010 (Chromium), so a plain "-" at a line end is kept.
 */
export function pdfTextToParagraphs(
  pages: readonly (readonly PdfTextItem[])[],
  producerMarksHyphens = false,
): string[] {
  const pageLines = pages.map((items) => linesOf(items))
  const usual = usualSpacing(pageLines)
  // First the paragraphs as lists of lines, then the joins, which need every line's words.
  const paragraphs: string[][] = []
  let current: string[] = []
  const flush = (): void => {
    if (current.length > 0) paragraphs.push(current)
    current = []
  }
  const endsParagraph = () => PARAGRAPH_END.test(current.at(-1) ?? '')
  let previous: PdfLine | null = null
  for (const lines of pageLines) {
    for (const [i, line] of lines.entries()) {
      const text = line.text.replace(/\s+/g, ' ').trim()
      if (text === '') {
        flush()
        previous = null
        continue
      }
      const next = previous === null ? 'same' : relation(previous, line, i === 0, usual)
      if (next === 'new' || (next === 'block' && endsParagraph())) flush()
      current.push(text)
      previous = line
    }
  }
  flush()
  const context = hyphenContext(paragraphs.flat(), producerMarksHyphens)
  return paragraphs.map((lines) => lines.reduce((text, line) => joinLine(text, line, context), ''))
}
