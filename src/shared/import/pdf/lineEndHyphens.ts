/** U+00AD, a discretionary hyphen: a break the typesetter may take, never part of the word. */
const SOFT_HYPHEN = '\u00ad'
/** U+2010, what Chromium (Skia) writes for a hyphen it inserts at a line break. */
const HYPHEN = '\u2010'

/** A line that ends in a letter or digit and a hyphen (typed "-", U+2010 or U+00AD). */
const HYPHEN_AT_END = /([^\s]*[\p{L}\p{N}])([-\u2010\u00ad])$/u
/** A line ending in a hyphen its producer marks as inserted at the break. */
const MARKED_AT_END = /\p{L}[\u2010\u00ad]$/u

/** What decides, for a whole document, whether a hyphen at a line end belongs to the word. */
export type HyphenContext = {
  /** The words of the document as they appear inside lines (lower case, hyphens as "-"). */
  words: ReadonlySet<string>
  /**
   * True when the producer writes the hyphens it inserts at line breaks as U+2010 or U+00AD
   * (Chromium does), so a plain "-" at a line end was typed and stays.
   */
  insertedHyphensMarked: boolean
}

/** A token as a vocabulary word: outer punctuation off, lower case, every hyphen as "-". */
function word(token: string): string {
  return token
    .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
    .replace(/[\u2010\u2011]/g, '-')
    .toLowerCase()
}

/**
 * Collects what `joinLine` needs from all lines of a document, in reading order: every word,
 * except the halves of a word hyphenated across lines (the last word of a line ending in a
 * hyphen and the first word of the next), and whether the producer marks its inserted hyphens
 * (`producerMarksHyphens`, from the PDF's metadata, or any line ending in U+2010 or U+00AD).
 */
export function hyphenContext(
  lines: readonly string[],
  producerMarksHyphens: boolean,
): HyphenContext {
  const words = new Set<string>()
  let marked = producerMarksHyphens
  let afterBreak = false
  for (const line of lines) {
    const tokens = line.trim().split(/\s+/)
    const broken = HYPHEN_AT_END.test(line.trim())
    marked ||= MARKED_AT_END.test(line.trim())
    const from = afterBreak ? 1 : 0
    const to = broken ? tokens.length - 1 : tokens.length
    for (let i = from; i < to; i++) {
      const w = word(tokens[i] as string)
      if (w !== '') words.add(w)
    }
    afterBreak = broken
  }
  return { words, insertedHyphensMarked: marked }
}

/**
 * Whether the hyphen between `left` and `right` (the two halves as printed) is part of
 * the word. The document's own usage decides first: the hyphenated form seen inside a line and
 * the closed form never (or the reverse). Else: a soft hyphen or a U+2010 before a lower-case
 * letter was inserted at the break; a hyphen before a digit ("COVID-19") or between a lower-case
 * letter and a capital ("anti-Brexit") is typed; a plain "-" before a lower-case letter is typed
 * when the producer marks its inserted hyphens, else taken as inserted — justified text breaks
 * words far more often than compounds fall at a line end, and TeX and Word mark both alike.
 */
function keepsHyphen(hyphen: string, left: string, right: string, context: HyphenContext): boolean {
  if (hyphen === SOFT_HYPHEN) return false
  const compound = context.words.has(`${word(left)}-${word(right)}`)
  const closed = context.words.has(`${word(left)}${word(right)}`)
  if (compound !== closed) return compound
  if (/^\p{N}/u.test(right)) return true
  if (/^\p{Lu}/u.test(right) && /\p{Ll}$/u.test(left)) return true
  if (hyphen === HYPHEN) return false
  return context.insertedHyphensMarked
}

/**
 * Joins the next line of a paragraph to the paragraph so far. A word hyphenated at the line end
 * is closed up ("inter-" + "national"), a compound that falls at the line end keeps its hyphen
 * ("immigrant-" + "rights"), as `keepsHyphen` decides; any other line is joined with one space.
 */
export function joinLine(paragraph: string, next: string, context: HyphenContext): string {
  if (paragraph === '') return next
  const end = HYPHEN_AT_END.exec(paragraph)
  const start = /^[\p{L}\p{N}]\S*/u.exec(next)
  if (end === null || start === null) return `${paragraph} ${next}`
  const keep = keepsHyphen(end[2] as string, end[1] as string, start[0], context)
  return keep ? paragraph + next : paragraph.slice(0, -1) + next
}
