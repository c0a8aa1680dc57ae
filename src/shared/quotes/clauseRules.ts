// What the reported-clause rules share: word lists, limits and range trimming.
import type { TextRange } from '../domain/quoteSuggestion'
import type { Token } from './words'

/** Cues whose first object is the addressee, not the clause ("told reporters the …"). */
export const ADDRESSEE_CUES = new Set(['tell', 'inform', 'assure', 'ask'])

/** Words that open an adverbial between a cue and its clause ("said in a statement that"). */
export const ADVERBIAL_AFTER_CUE =
  /^(on|in|at|via|during|to|through|from|after|earlier|yesterday|today|also|again|later|previously|recently|publicly)$/u

/** "this week", "last Monday": a time phrase, not the clause's subject ("this pattern"). */
export const TIME_AFTER_THIS =
  /^(week|month|year|morning|afternoon|evening|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/u

/** A clause ends before a new attribution: ", adding that", ", but said", ", according to". */
export const CLAUSE_BREAK =
  /^(adding|saying|noting|stating|citing|claiming|according|explaining|warning)$/u

/** Words that cannot open a reported clause: it would be an object, a gap or a phrase. */
export const NOT_A_CLAUSE_START =
  /^(to|as|of|for|with|by|from|into|about|against|than|like|and|but|or|is|are|was|were|be|been|has|have|had|will|would|could|should|can|may|might|must|do|does|did)$/u

/** Cues after which a clause may open with a gerund subject ("said naming the virus … would"). */
export const GERUND_SUBJECT_CUES = new Set([
  'say',
  'tell',
  'add',
  'argue',
  'explain',
  'insist',
  'warn',
  'write',
  'state',
])

/** Object pronouns, in lower case only ("US troops" is a subject). */
export const OBJECT_PRONOUN = /^(them|him|me|us)$/u

/** Fewest words a reported clause has ("three people died"). */
export const MIN_CLAUSE_WORDS = 2

/** Most words of the mention in `…, the army said.` */
export const MAX_MENTION_WORDS = 8

/** Trims spaces and sentence punctuation from the end of a range (a closing mark stays). */
export function trimRange(text: string, start: number, end: number): TextRange | null {
  let s = start
  let e = end
  while (s < e && /[\s,;:—–]/u.test(text[s] as string)) s++
  while (e > s && /[\s.,;:!?—–]/u.test(text[e - 1] as string)) e--
  return e > s ? { start: s, end: e } : null
}

/** The words among tokens, without punctuation. */
export const wordsOf = (tokens: readonly Token[]) => tokens.filter((t) => t.word)
