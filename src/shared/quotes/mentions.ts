import type { TextRange } from '../domain/quoteSuggestion'
import { looksFinite } from './finiteClause'
import {
  isAdverbialOnly,
  isNameLike,
  mainSubject,
  nameHead,
  opaqueQuotes,
  openingNounPhrase,
  possessor,
  segments,
  span,
  trailingNameRun,
  withoutOpeningAdverbial,
} from './nounPhrases'
import {
  BETWEEN_SUBJECT_AND_CUE,
  DETERMINERS,
  isCapitalised,
  PRONOUNS,
  RELATIVES,
  type Token,
  tokenize,
} from './words'

/** Words that end a noun phrase read rightwards after a cue ("said Khan, …", "said X in …"). */
const NP_STOPS = new Set([
  'in',
  'on',
  'at',
  'as',
  'after',
  'before',
  'during',
  'when',
  'while',
  'who',
  'which',
  'that',
  'to',
  'and',
  'but',
  'with',
  'via',
  'about',
  'because',
  'adding',
  'saying',
  'noting',
])

/**
 * The mention of the speaker before a cue, in the sentence from `sentenceStart` to `cueStart`:
 * - words such as "also", "has", "reportedly" between the subject and the cue are skipped;
 * - a relative "who"/"which" stands for its antecedent: the name before the apposition;
 * - "Name, apposition, said" and "description, Name, said" give the name (guidelines §3);
 * - after "and"/"but" or a comma before a participle ("…, saying"), the clause's subject;
 * - otherwise the subject phrase between the last comma (or the sentence start) and the cue,
 *   without an opening adverbial ("On Friday, a federal judge in Texas ruled" → "a federal judge
 *   in Texas").
 * Returns null when no subject is found.
 */
export function mentionBefore(
  text: string,
  sentenceStart: number,
  cueStart: number,
): TextRange | null {
  let tokens = opaqueQuotes(tokenize(text, sentenceStart, cueStart))
  while (
    tokens.length > 0 &&
    BETWEEN_SUBJECT_AND_CUE.has((tokens[tokens.length - 1] as Token).text.toLowerCase())
  )
    tokens = tokens.slice(0, -1)
  const last = tokens[tokens.length - 1]
  if (last === undefined) return null
  const lastLower = last.text.toLowerCase()

  if (RELATIVES.has(lastLower)) {
    const before = segments(tokens.slice(0, -1)).filter((s) => s.length > 0)
    // "…led by Mark Hay, a marine ecologist …, who said": skip the apposition.
    const antecedent =
      before.length > 1 && !isNameLike(before[before.length - 1] as Token[])
        ? (before[before.length - 2] as Token[])
        : (before[before.length - 1] ?? [])
    const name = trailingNameRun(antecedent)
    return span(name.length > 0 ? name : antecedent.slice(-3))
  }

  if (lastLower === 'and' || lastLower === 'but') return span(mainSubject(tokens))
  // "It cited the Air Force as stating …": the one cited speaks.
  if (lastLower === 'as') {
    const object = tokens.slice(0, -1)
    const name = trailingNameRun(object)
    if (name.length > 0) return span(name)
  }

  if (last.text === ',') {
    const parts = segments(tokens.slice(0, -1)).filter((s) => s.length > 0)
    const b = parts[parts.length - 1]
    const a = parts[parts.length - 2]
    if (b === undefined) return null
    if (a !== undefined && isNameLike(b) && !isNameLike(a) && !isAdverbialOnly(a)) return span(b)
    if (a !== undefined && isNameLike(a)) return span(nameHead(a))
    // "Donald Trump, in a statement delivered via the press secretary, announced": an adverbial
    // between the subject and the cue.
    // "The opinion of the Court, released on Wednesday, read": a participle phrase likewise.
    const participle = /^\p{Ll}+(ed|ing)$/u.test(b[0]?.text ?? '')
    if (a !== undefined && (isAdverbialOnly(b) || participle) && !isAdverbialOnly(a))
      return span(nameHead(openingNounPhrase(a)))
    // "the department declined, citing", "In the filing itself Ford also made this point,
    // writing": the subject of the clause before the comma.
    if (looksFinite(b, 40)) {
      const own = openingNounPhrase(b)
      if (
        (own.length > 0 && !/^\p{Ll}/u.test((own[0] as Token).text)) ||
        DETERMINERS.has((own[0]?.text ?? '').toLowerCase())
      )
        return span(own)
      return span(mainSubject(tokens.slice(0, -1)))
    }
    return span(nameHead(openingNounPhrase(b)))
  }

  const parts = segments(tokens)
  const lastSegment = parts[parts.length - 1] as Token[]
  const subject = possessor(nameHead(withoutOpeningAdverbial(lastSegment)))
  return span(subject.length > 0 ? subject : trailingNameRun(lastSegment))
}

/**
 * The mention after a cue ("…," said Khan; reads Judge Miller's statement; wrote Chief Justice
 * John G. Roberts): the noun phrase from `from` up to a comma, a full stop, a quotation mark or
 * a preposition; a possessive ends it before the "'s" ("Judge Miller's statement" → "Judge
 * Miller"); a name run ends it after the name ("Professor Carl Lipo of Binghamton University" →
 * "Professor Carl Lipo"). Null when no word follows.
 */
export function mentionAfter(text: string, from: number, to: number): TextRange | null {
  const tokens = tokenize(text, from, to)
  const out: Token[] = []
  for (const t of tokens) {
    if (!t.word) break
    const lower = t.text.toLowerCase()
    if (out.length > 0 && NP_STOPS.has(lower)) break
    // "Professor Carl Lipo of Binghamton University": a person's name ends before "of";
    // "the Department of Homeland Security" goes on.
    if (lower === 'of' && out.filter((w) => isCapitalised(w.text)).length >= 2) break
    if (/['’]s$/u.test(t.text)) {
      out.push({ ...t, end: t.end - 2, text: t.text.slice(0, -2) })
      break
    }
    out.push(t)
    if (out.length === 1 && PRONOUNS.has(lower)) break
  }
  return span(out)
}

/**
 * The source named after "according to", up to the next comma, semicolon or sentence end
 * ("according to a report on Wednesday by UpGuard, …" → "a report on Wednesday by UpGuard").
 */
export function mentionAfterAccordingTo(text: string, from: number, to: number): TextRange | null {
  const tokens = tokenize(text, from, to)
  const out: Token[] = []
  for (const t of tokens) {
    if (t.text === ',' || t.text === ';' || t.text === '.' || t.text === ':') break
    out.push(t)
  }
  while (
    out.length > 0 &&
    !(out[out.length - 1] as Token).word &&
    !/["”)]/u.test((out[out.length - 1] as Token).text)
  )
    out.pop()
  return span(out)
}

/**
 * The subject of a sentence's main clause, for a quotation introduced by a colon without a cue
 * ("In his message, he appreciated Soleimani's lifepath: “…”" → "he"; "However, addressing the
 * global leaders, Chakrapani proposed: “…”" → "Chakrapani").
 */
export function sentenceSubject(text: string, sentenceStart: number, to: number): TextRange | null {
  return span(nameHead(mainSubject(opaqueQuotes(tokenize(text, sentenceStart, to)))))
}
