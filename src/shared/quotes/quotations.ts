import type { TextRange } from '../domain/quoteSuggestion'

/** A stretch of text between quotation marks. */
export type Quotation = {
  /** The text between the marks, one range per paragraph it runs through, never empty. */
  parts: TextRange[]
  /** Offset of the first opening mark. */
  open: number
  /** Offset just past the closing mark, or the end of the last paragraph when none closes it. */
  end: number
  /** Whether a closing mark was found. */
  closed: boolean
  mark: 'double' | 'single'
  /** For a single-quoted stretch inside a double one, that one's index in the list; else -1. */
  parent: number
}

const DOUBLE_OPEN = new Set(['"', '“', '„', '«'])
const DOUBLE_CLOSE = new Set(['"', '”', '»'])
const SINGLE_OPEN = new Set(["'", '‘'])
const SINGLE_CLOSE = new Set(["'", '’'])
/** What may stand right before an opening mark: nothing, space, a bracket, a dash or a double mark. */
const BEFORE_OPEN = /[\s([{—–"“„«-]/u
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u
/** Every character that can be a quotation mark: the scan jumps from one to the next. */
const MARK = /["“”„«»'‘’]/gu

/** Paragraphs as ranges: text between line breaks (canonical text has "\n\n" between them). */
export function paragraphsOf(text: string): TextRange[] {
  const out: TextRange[] = []
  const re = /[^\n]+/g
  for (let m = re.exec(text); m !== null; m = re.exec(text))
    out.push({ start: m.index, end: m.index + m[0].length })
  return out
}

function isOpening(text: string, i: number, from: number): boolean {
  const before = i === from ? ' ' : (text[i - 1] as string)
  const after = text[i + 1] ?? ' '
  return BEFORE_OPEN.test(before) && !/\s/u.test(after)
}

function isClosing(text: string, i: number): boolean {
  const after = text[i + 1] ?? ' '
  return !LETTER_OR_DIGIT.test(after)
}

/** Trims the spaces at both ends of a range; null when nothing but spaces is left. */
function trimmed(text: string, start: number, end: number): TextRange | null {
  let s = start
  let e = end
  while (s < e && /\s/u.test(text[s] as string)) s++
  while (e > s && /\s/u.test(text[e - 1] as string)) e--
  return e > s ? { start: s, end: e } : null
}

/**
 * Finds every stretch of text in quotation marks, paragraph by paragraph:
 * - double marks: straight `"` (opening when it follows a space, bracket or dash and precedes a
 *   non-space, closing otherwise), curly “ ”, „ and « »;
 * - single marks (‘ ’ and straight `'`) only as quotes: an opening one must follow a space, bracket
 *   or dash and precede a non-space, a closing one must not be followed by a letter or digit, so
 *   apostrophes (don’t, Mayorkas’ comments) are never taken for marks unless a single quote is
 *   open and the apostrophe ends a word before a space;
 * - a double quote still open at the end of a paragraph continues when the next paragraph opens
 *   with a double mark (the newspaper convention for quotes over several paragraphs): it gets one
 *   part per paragraph; otherwise it ends, unclosed, at the paragraph end;
 * - a single quote still open when its double quote or paragraph ends is dropped: it was an
 *   apostrophe.
 * Returns the quotations in order of their opening marks; single ones inside a double one name
 * it as `parent`.
 */
export function findQuotations(text: string): Quotation[] {
  const out: Quotation[] = []
  const paragraphs = paragraphsOf(text)
  let double: { index: number; partStart: number } | null = null
  let single: { open: number; partStart: number } | null = null

  const closeSingle = (at: number, closed: boolean) => {
    if (single === null) return
    const part = trimmed(text, single.partStart, at)
    if (closed && part !== null) {
      out.push({
        parts: [part],
        open: single.open,
        end: at + 1,
        closed: true,
        mark: 'single',
        parent: double?.index ?? -1,
      })
    }
    single = null
  }

  for (let p = 0; p < paragraphs.length; p++) {
    const { start, end } = paragraphs[p] as TextRange
    let i = start
    if (double !== null) {
      // A quote left open at the end of the previous paragraph continues after this opening mark.
      double.partStart = start + 1
      i = start + 1
    }
    MARK.lastIndex = i
    for (let m = MARK.exec(text); m !== null && m.index < end; m = MARK.exec(text)) {
      i = m.index
      const ch = m[0]
      if (double !== null && DOUBLE_CLOSE.has(ch) && (ch !== '"' || isClosing(text, i))) {
        closeSingle(i, false)
        const q = out[double.index] as Quotation
        const part = trimmed(text, double.partStart, i)
        if (part !== null) q.parts.push(part)
        q.end = i + 1
        q.closed = true
        double = null
        continue
      }
      if (double === null && DOUBLE_OPEN.has(ch) && (ch !== '"' || isOpening(text, i, start))) {
        closeSingle(i, false)
        out.push({ parts: [], open: i, end: i + 1, closed: false, mark: 'double', parent: -1 })
        double = { index: out.length - 1, partStart: i + 1 }
        continue
      }
      if (single !== null && SINGLE_CLOSE.has(ch) && isClosing(text, i)) {
        if (!/\s/u.test(text[i - 1] as string)) closeSingle(i, true)
        continue
      }
      if (single === null && SINGLE_OPEN.has(ch) && isOpening(text, i, start)) {
        single = { open: i, partStart: i + 1 }
      }
    }
    closeSingle(end, false)
    if (double !== null) {
      const q = out[double.index] as Quotation
      const part = trimmed(text, double.partStart, end)
      if (part !== null) q.parts.push(part)
      q.end = end
      const next = paragraphs[p + 1]
      if (next === undefined || !DOUBLE_OPEN.has(text[next.start] as string)) double = null
    }
  }
  // Single quotes were pushed when they closed, after their parent opened: order by opening mark.
  const kept = out
    .map((q, i) => ({ q, i }))
    .filter(({ q }) => q.parts.length > 0)
    .sort((a, b) => a.q.open - b.q.open)
  const newIndex = new Map(kept.map(({ i }, n) => [i, n]))
  return kept.map(({ q }) => ({ ...q, parent: newIndex.get(q.parent) ?? -1 }))
}
