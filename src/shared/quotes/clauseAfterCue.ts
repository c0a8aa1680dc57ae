import type { TextRange } from '../domain/quoteSuggestion'
import {
  ADDRESSEE_CUES,
  ADVERBIAL_AFTER_CUE,
  CLAUSE_BREAK,
  GERUND_SUBJECT_CUES,
  MIN_CLAUSE_WORDS,
  NOT_A_CLAUSE_START,
  OBJECT_PRONOUN,
  TIME_AFTER_THIS,
  trimRange,
  wordsOf,
} from './clauseRules'
import type { TextFacts } from './draft'
import { looksFinite } from './finiteClause'
import type { Quotation } from './quotations'
import type { Cue } from './reportingCues'
import { isCapitalised, type Token, tokenize } from './words'

/** Index of the first token where the clause after a cue starts, or -1 when none does. */
function clauseStart(tokens: readonly Token[], cue: Cue): number {
  let k = 0
  const at = (i: number) => tokens[i]?.text.toLowerCase() ?? ''
  if (ADDRESSEE_CUES.has(cue.lemma)) {
    const that = tokens.findIndex((t, i) => i < 6 && t.text.toLowerCase() === 'that')
    if (that !== -1 && !tokens.slice(0, that).some((t) => !t.word)) return that + 1
    if (/^(him|her|them|me|us|reporters|journalists)$/u.test(at(0))) k = 1
    else if (isCapitalised(tokens[0]?.text ?? '') || /^(the|a|an|state|local)$/u.test(at(0))) {
      // "told the press", "asking the government to …": a determiner and its noun.
      k = /^(the|a|an)$/u.test(at(0)) && tokens[1]?.word && !isCapitalised(tokens[1].text) ? 2 : 1
      while (
        k < tokens.length &&
        k < 4 &&
        tokens[k]!.word &&
        (isCapitalised(tokens[k]!.text) || /^(press|media|newspaper|reporters)$/u.test(at(k)))
      )
        k++
    } else return -1
  }
  const adverbial = (i: number) =>
    ADVERBIAL_AFTER_CUE.test(at(i)) ||
    (/^(this|last)$/u.test(at(i)) && TIME_AFTER_THIS.test(at(i + 1)))
  for (let guard = 0; guard < 3 && adverbial(k); guard++) {
    // The adverbial runs to a comma or "that" (after "to …" only to "that": "said to reporters
    // that"), never into quoted words; else it is one short phrase ("in their filing").
    const mark = tokens.findIndex((t, i) => i > k && /["“”]/u.test(t.text))
    const limit = Math.min(k + 14, mark === -1 ? tokens.length : mark)
    const stop = tokens.findIndex(
      (t, i) =>
        i > k &&
        i < limit &&
        ((t.text === ',' && at(k) !== 'to') || t.text.toLowerCase() === 'that'),
    )
    // "said on Friday he can …, which": the comma ends the clause, not the adverbial.
    const spansClause =
      stop !== -1 && tokens[stop]!.text === ',' && looksFinite(tokens.slice(k + 1, stop))
    if (stop !== -1 && !spansClause) {
      k = stop
      continue
    }
    if (mark === -1 && !spansClause) break
    k += /^(the|a|an|his|her|their|its|our|this)$/u.test(at(k + 1)) ? 3 : 2
  }
  if (at(k) === ',') k++
  if (at(k) === 'that') return k + 1
  const first = tokens[k]
  if (
    first === undefined ||
    at(k) === ':' ||
    NOT_A_CLAUSE_START.test(at(k)) ||
    OBJECT_PRONOUN.test(first.text)
  )
    return -1
  // "announced investigating itself" is an object; after "said", "naming the virus … would
  // place" is a clause whose subject is a gerund.
  if (
    first.word &&
    /ing$/u.test(at(k)) &&
    (!GERUND_SUBJECT_CUES.has(cue.lemma) || CLAUSE_BREAK.test(at(k)))
  )
    return -1
  return k
}

/**
 * Index just past the clause: before ", adding", "and said", "but said", a semicolon, "despite",
 * ", before" or the sentence end.
 */
function clauseEnd(tokens: readonly Token[], from: number, cues: readonly Cue[]): number {
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i] as Token
    const next = tokens[i + 1]?.text.toLowerCase() ?? ''
    if (t.text === ';' || t.text.toLowerCase() === 'despite') return i
    if (t.text === ',' && (CLAUSE_BREAK.test(next) || next === 'before')) return i
    // ", which he said would …": a new attribution in a relative clause.
    if (
      t.text === ',' &&
      /^(which|who)$/u.test(next) &&
      cues.some((c) => c.start > t.end && c.start <= (tokens[i + 3]?.start ?? -1))
    )
      return i
    // "… and said", "… and several said": a second attribution in the sentence.
    if (
      /^(and|but)$/u.test(t.text.toLowerCase()) &&
      cues.some(
        (c) =>
          c.role === 'clause' &&
          c.start >= (tokens[i + 1]?.start ?? Infinity) &&
          c.start <= (tokens[i + 3]?.start ?? -1),
      )
    )
      return i
    if (
      t.text === ',' &&
      /^(but|and)$/u.test(next) &&
      cues.some((c) => c.start === tokens[i + 2]?.start)
    )
      return i
  }
  return tokens.length
}

/**
 * The clause after a cue (`said (that) CLAUSE`), or null: it must start like a clause, look
 * finite, and, after an -ing cue (", saying …"), have its verb before its first comma unless
 * "that" opens it (`announcing the arrest in May, 2018 identified him` is no reported clause).
 */
export function clauseAfter(
  facts: TextFacts,
  cue: Cue,
  sentence: TextRange,
  cues: readonly Cue[],
  free: readonly Quotation[],
): TextRange | null {
  const { text } = facts
  const tokens = tokenize(text, cue.end, sentence.end)
  const k = clauseStart(tokens, cue)
  const first = tokens[k]
  if (k === -1 || first === undefined) return null
  if (/^["“”'‘]$/u.test(first.text) && !free.some((q) => q.open === first.start)) return null
  const clause = tokens.slice(k, clauseEnd(tokens, k, cues))
  let verbZone = clause
  if (cue.form.endsWith('ing') && tokens[k - 1]?.text.toLowerCase() !== 'that') {
    const comma = clause.findIndex((t) => t.text === ',')
    if (comma !== -1) verbZone = clause.slice(0, comma)
  }
  if (wordsOf(clause).length < MIN_CLAUSE_WORDS || !looksFinite(verbZone)) return null
  return trimRange(text, (clause[0] as Token).start, (clause[clause.length - 1] as Token).end)
}
