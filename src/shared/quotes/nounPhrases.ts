import type { TextRange } from '../domain/quoteSuggestion'
import { looksFinite } from './finiteClause'
import {
  ADVERBIAL_OPENERS,
  BETWEEN_SUBJECT_AND_CUE,
  DETERMINERS,
  isCapitalised,
  PRONOUNS,
  TITLES,
  type Token,
} from './words'

// Noun-phrase helpers over tokens, for finding who speaks (mentions.ts). Each takes and returns
// tokens, so that the caller keeps the offsets.

/**
 * Tokens with every quoted stretch ("Have no fear") merged into one capitalised word, so that a
 * name in quotation marks stays inside the noun phrase it belongs to.
 */
export function opaqueQuotes(tokens: readonly Token[]): Token[] {
  const out: Token[] = []
  let open: Token | null = null
  for (const t of tokens) {
    if (open === null && /^["“«]$/u.test(t.text)) open = t
    else if (open !== null && /^["”»]$/u.test(t.text)) {
      out.push({ start: open.start, end: t.end, text: 'Q', word: true })
      open = null
    } else if (open === null) out.push(t)
  }
  return out
}

/** Capitalised words that start no name: "On Friday", "in May". */
const WEEKDAYS_AND_MONTHS =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/u

/** The text range from the first token's start to the last one's end; null for no tokens. */
export const span = (tokens: readonly Token[]): TextRange | null =>
  tokens.length === 0
    ? null
    : { start: (tokens[0] as Token).start, end: (tokens[tokens.length - 1] as Token).end }

/** Splits tokens into segments at commas, semicolons and dashes (which are dropped). */
export function segments(tokens: readonly Token[]): Token[][] {
  const out: Token[][] = [[]]
  for (const t of tokens) {
    if (t.text === ',' || t.text === ';' || t.text === '—' || t.text === '–') out.push([])
    else (out[out.length - 1] as Token[]).push(t)
  }
  return out
}

/**
 * A short name: one to five words, each capitalised or an initial, name particles (al-, bin, de,
 * van) and "of" allowed inside ("Jamel Msallem", "Jessie K. Liu", "Bank of England").
 */
export function isNameLike(tokens: readonly Token[]): boolean {
  if (tokens.length === 0 || tokens.length > 6) return false
  const first = (tokens[0] as Token).text
  if (
    !isCapitalised(first) ||
    ADVERBIAL_OPENERS.has(first.toLowerCase()) ||
    DETERMINERS.has(first.toLowerCase())
  )
    return false
  if (tokens.some((t) => WEEKDAYS_AND_MONTHS.test(t.text.toLowerCase()))) return false
  return tokens.every(
    (t) =>
      t.word && (isCapitalised(t.text) || /^(of|de|da|del|van|von|bin|al|la|le|du)$/u.test(t.text)),
  )
}

/** The capitalised run that ends the tokens (a name at the end of a phrase), maybe empty. */
export function trailingNameRun(tokens: readonly Token[]): Token[] {
  let i = tokens.length
  while (i > 0) {
    const t = tokens[i - 1] as Token
    const inner = i < tokens.length && /^(of|de|bin|al|van|von)$/u.test(t.text)
    if (!(t.word && (isCapitalised(t.text) || inner))) break
    i--
  }
  while (i < tokens.length && !isCapitalised((tokens[i] as Token).text)) i++
  return tokens.slice(i)
}

/**
 * Drops the adverbial phrase that may open a clause ("On Friday", "With the acquisition", "In
 * the filing itself", "which"): the subject starts at the first later word that is capitalised
 * (not a weekday or month) or a subject pronoun; failing that, after a time phrase ending in
 * "later", "earlier" or "ago" ("A few days later the administration"); failing that, at the last
 * determiner; failing that, right after the opening word ("with local media reporting" → "local
 * media").
 */
export function withoutOpeningAdverbial(tokens: readonly Token[]): Token[] {
  const first = tokens[0]
  const time = tokens.findIndex(
    (t, i) => i < 6 && /^(later|earlier|ago)$/u.test(t.text.toLowerCase()),
  )
  if (
    first !== undefined &&
    DETERMINERS.has(first.text.toLowerCase()) &&
    time !== -1 &&
    time < tokens.length - 1
  )
    return tokens.slice(time + 1)
  if (first === undefined || !ADVERBIAL_OPENERS.has(first.text.toLowerCase())) return [...tokens]
  const start = tokens.findIndex(
    (t, i) =>
      i > 0 &&
      t.word &&
      ((isCapitalised(t.text) &&
        !WEEKDAYS_AND_MONTHS.test(t.text.toLowerCase()) &&
        !/^\d/u.test(t.text)) ||
        PRONOUNS.has(t.text.toLowerCase())),
  )
  if (start !== -1) return tokens.slice(start)
  if (time !== -1 && time < tokens.length - 1) return tokens.slice(time + 1)
  for (let i = tokens.length - 1; i > 0; i--) {
    if (DETERMINERS.has((tokens[i] as Token).text.toLowerCase())) return tokens.slice(i)
  }
  return tokens.slice(1)
}

/** A person's name ends before "of" ("Nikki Holland of the UK's National Crime Agency"). */
export function nameHead(tokens: readonly Token[]): Token[] {
  const of = tokens.findIndex((t, i) => i >= 2 && t.text === 'of')
  if (of === -1 || TITLES.has((tokens[of - 1] as Token).text.toLowerCase())) return [...tokens]
  const run = trailingNameRun(tokens.slice(0, of))
  return run.length >= 2 ? tokens.slice(0, of) : [...tokens]
}

/** Nouns for what a speaker issues; their possessor is the speaker. */
const DOCUMENT_NOUNS =
  /^(statement|statements|letter|filing|report|notice|ruling|message|tweet|post|release|website|account|decision|order|spokesperson|spokesman|spokeswoman)$/u

/**
 * The possessor of a document noun in the tokens ("Part of the judge's statement" → "the judge",
 * "RIAA's DMCA notice" → "RIAA"), or the tokens unchanged when there is none.
 */
export function possessor(tokens: readonly Token[]): Token[] {
  const at = tokens.findIndex(
    (t, i) =>
      /['’]s$/u.test(t.text) &&
      tokens.slice(i + 1).some((n) => DOCUMENT_NOUNS.test(n.text.toLowerCase())),
  )
  if (at === -1) return [...tokens]
  let from = at
  while (
    from > 0 &&
    tokens[from - 1]!.word &&
    (isCapitalised(tokens[from - 1]!.text) || DETERMINERS.has(tokens[from - 1]!.text.toLowerCase()))
  )
    from--
  const owner = tokens[at] as Token
  return [
    ...tokens.slice(from, at),
    { ...owner, end: owner.end - 2, text: owner.text.slice(0, -2) },
  ]
}

/** Subordinators: a segment they open is an adverbial clause, never the main clause. */
const SUBORDINATORS =
  /^(when|while|as|after|before|because|if|although|though|since|until|unless|once|whereas)$/u

/** Segments of a sentence that are only an adverbial ("In late June", "When X reached out to Y"). */
export const isAdverbialOnly = (segment: readonly Token[]) => {
  const first = (segment[0]?.text ?? '').toLowerCase()
  return (
    segment.length > 0 &&
    ADVERBIAL_OPENERS.has(first) &&
    (SUBORDINATORS.test(first) || !looksFinite(segment, 40))
  )
}

/**
 * The subject of the sentence's main clause: the opening noun phrase of the first segment that
 * is a clause (not an adverbial, not a dateline); when that clause starts with its verb ("Anwar,
 * wept upon hearing …"), the name in the segment before it.
 */
export function mainSubject(tokens: readonly Token[]): Token[] {
  const parts = segments(tokens).filter((p) => p.length > 0)
  const index = parts.findIndex((p) => !isAdverbialOnly(p) && looksFinite(p, 40))
  const clause = parts[index] ?? parts.find((p) => !isAdverbialOnly(p)) ?? []
  const previous = parts[index - 1]
  if (
    previous !== undefined &&
    /^\p{Ll}/u.test(clause[0]?.text ?? '') &&
    !DETERMINERS.has(clause[0]!.text)
  ) {
    return isNameLike(previous) ? previous : openingNounPhrase(previous)
  }
  return openingNounPhrase(clause)
}

/**
 * The noun phrase that opens a clause: a name run, or a determiner or description and the words
 * after it up to the first word that looks like a verb (ending in -ed, a listed finite verb, an
 * adverb in -ly, or an -s verb right after a name).
 * Used for the subject of a participle cue ("Ford also made this point, writing …" → "Ford").
 */
export function openingNounPhrase(tokens: readonly Token[]): Token[] {
  const rest = withoutOpeningAdverbial(tokens)
  const out: Token[] = []
  for (const t of rest) {
    const lower = t.text.toLowerCase()
    if (!t.word && t.text !== "'" && t.text !== '’' && t.text !== '(' && t.text !== ')') break
    if (
      out.length > 0 &&
      (BETWEEN_SUBJECT_AND_CUE.has(lower) || /^\p{Ll}.*(ed|ing)$/u.test(t.text))
    )
      break
    if (
      out.length > 0 &&
      /^(is|was|were|are|has|had|have|will|would|made|took|gave|held|spoke|went|came|drew|told|said|read)$/u.test(
        lower,
      )
    )
      break
    // "Donald Trump quickly …", "The United States Constitution specifies …": an adverb, or an
    // -s verb right after a name, ends the subject.
    const previous = out[out.length - 1]
    if (previous !== undefined && /^\p{Ll}+ly$/u.test(t.text)) break
    if (previous !== undefined && /^\p{Ll}+[^s]s$/u.test(t.text) && isCapitalised(previous.text))
      break
    out.push(t)
  }
  return out
}
