import type { Interval } from './unitizingDisagreement'

/** Abbreviations whose full stop ends no sentence (lower-cased, without the stop). */
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'sen',
  'rep',
  'gov',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'st',
  'jr',
  'sr',
  'vs',
  'etc',
  'inc',
  'ltd',
  'co',
  'corp',
  'no',
  'nos',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'e.g',
  'i.e',
  'u.s',
  'u.k',
  'u.n',
  'a.m',
  'p.m',
  'approx',
  'dept',
  'est',
  'fig',
  'mt',
  'ft',
])

const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»'])

/** True when the word ending just before `dot` is an abbreviation or a single initial ("J."). */
function isAbbreviation(text: string, dot: number): boolean {
  let start = dot
  while (start > 0 && /[\p{L}.]/u.test(text[start - 1] as string)) start -= 1
  const word = text.slice(start, dot).toLowerCase()
  if (word.length === 1) return true
  return ABBREVIATIONS.has(word)
}

/**
 * Splits a canonical text into sentences, as UTF-16 intervals [start, end) that cover all
 * non-blank text in order. A pure, deterministic splitter of its own (rather than
 * `Intl.Segmenter`, whose rules differ between engines and versions) so that a reliability
 * figure computed under the "same sentence" rule is reproducible anywhere. Rules:
 * - every line break ends a sentence (headlines and paragraphs are separate sentences);
 * - `.`, `!`, `?` or `…` (runs of them too), followed by optional closing quotes or brackets,
 *   end a sentence when whitespace follows and then a character that is not a lower-case
 *   letter;
 * - a full stop after a listed abbreviation ("Mr.", "U.S.", "Jan.") or after a single letter
 *   (an initial: "John F. Kennedy") ends no sentence;
 * - leading and trailing whitespace is not part of a sentence.
 * Returns the sentences in text order; an empty or blank text has none.
 */
export function splitSentences(text: string): Interval[] {
  const sentences: Interval[] = []
  let start = -1
  const close = (end: number) => {
    let e = end
    while (e > start && /\s/u.test(text[e - 1] as string)) e -= 1
    if (start !== -1 && e > start) sentences.push({ start, end: e })
    start = -1
  }
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string
    if (ch === '\n' || ch === '\r') {
      close(i)
      continue
    }
    if (start === -1) {
      if (!/\s/u.test(ch)) start = i
      else continue
    }
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue
    let end = i + 1
    while (end < text.length && /[.!?…]/u.test(text[end] as string)) end += 1
    while (end < text.length && CLOSERS.has(text[end] as string)) end += 1
    const next = text[end]
    if (next !== undefined && !/[ \t]/u.test(next)) {
      i = end - 1
      continue
    }
    let after = end
    while (after < text.length && (text[after] === ' ' || text[after] === '\t')) after += 1
    const following = text[after]
    const endsText = following === undefined || following === '\n' || following === '\r'
    const lower = following !== undefined && /\p{Ll}/u.test(following)
    if (!endsText && (lower || (ch === '.' && end === i + 1 && isAbbreviation(text, i)))) {
      i = end - 1
      continue
    }
    close(end)
    i = end - 1
  }
  close(text.length)
  return sentences
}

/**
 * The index of the sentence (in `sentences`, as `splitSentences` returns them) that contains
 * `offset`, or of the next sentence when `offset` falls between sentences; -1 past the last one.
 * Binary search: O(log n).
 */
export function sentenceIndexAt(sentences: readonly Interval[], offset: number): number {
  let lo = 0
  let hi = sentences.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((sentences[mid] as Interval).end <= offset) lo = mid + 1
    else hi = mid
  }
  return lo < sentences.length ? lo : -1
}
