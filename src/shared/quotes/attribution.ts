import type { TextRange } from '../domain/quoteSuggestion'
import { cuesIn, quotationAt, type TextFacts } from './draft'
import { mentionAfter, mentionBefore } from './mentions'
import type { Cue } from './reportingCues'
import { BETWEEN_SUBJECT_AND_CUE, tokenize } from './words'

/** A cue with the mention of its speaker. */
export type Attribution = { cue: Cue; mention: TextRange | null }

/**
 * Most words an attribution after a quote may have before its cue ("Crystal C'Bearing of the
 * Northern Arapaho tribal historic preservation office said").
 */
const MAX_WORDS_BEFORE_CUE = 12

/** Most words between a cue and the quotation it introduces ("told the press after the speech:"). */
const MAX_GAP_WORDS = 10

/**
 * The attribution that follows a quotation in its sentence (`"…," Pelosi said`, `"…," said
 * Khan`, `"…", read the warning`): the first cue of the text from `from` to `to` when at most
 * `MAX_WORDS_BEFORE_CUE` words (the mention) stand before it. Its mention is the words before
 * the cue, or the noun phrase after it when none stand before (inverted order).
 */
export function attributionAfter(facts: TextFacts, from: number, to: number): Attribution | null {
  const { text } = facts
  const cue = cuesIn(facts, from, to)[0]
  if (cue === undefined) return null
  const before = tokenize(text, from, cue.start).filter((t) => t.word)
  if (before.length > MAX_WORDS_BEFORE_CUE) return null
  if (tokenize(text, from, cue.start).some((t) => /["“”]/u.test(t.text))) return null
  const mention =
    before.length > 0 ? mentionBefore(text, from, cue.start) : mentionAfter(text, cue.end, to)
  return { cue, mention }
}

/**
 * Whether the words between a cue and an opening quotation mark only complete the attribution,
 * so that the quotation is the whole reported content (direct) rather than part of a clause
 * (mixed): nothing at all (`said "…"`), words ending with a comma or colon (`said in the video,
 * "…"`, `spoke of the collaboration: "…"`), an addressee after tell-type verbs (`told Reuters
 * "…"`), or a short phrase opened by a preposition (`said on Twitter "…"`).
 */
export function gapIsAttribution(text: string, cue: Cue, quoteOpen: number): boolean {
  const gap = tokenize(text, cue.end, quoteOpen)
  const words = gap.filter((t) => t.word)
  // `saying that "Hell yes, …"`: the whole clause after "that" is quoted.
  if (words.length === 0 || (words.length === 1 && words[0]!.text === 'that')) return true
  if (words.length > MAX_GAP_WORDS) return false
  const last = gap[gap.length - 1]
  if (last !== undefined && (last.text === ',' || last.text === ':' || last.text === '—'))
    return true
  const lower = words.map((w) => w.text.toLowerCase())
  if (/^(tell|inform|assure|ask|thank|quote)$/u.test(cue.lemma)) return isAddressee(words)
  // One prepositional phrase ("on Twitter", "in a press conference"), not one followed by a
  // clause's subject ("in their filing the matter").
  const secondDeterminer = lower.some(
    (w, i) => i > 1 && /^(the|a|an|this|that|his|her|their|its|he|she|they|it)$/u.test(w),
  )
  return (
    /^(on|in|at|via|to|during|after|through|from)$/u.test(lower[0] as string) && !secondDeterminer
  )
}

/** An addressee and nothing else: "Reuters", "The Washington Times", "reporters", "the press", "her". */
function isAddressee(words: readonly { text: string }[]): boolean {
  const lower = words.map((w) => w.text.toLowerCase())
  if (lower.length === 1) return true
  if (words.every((w) => /^\p{Lu}/u.test(w.text) || /^(of|the)$/u.test(w.text))) return true
  return lower.length === 2 && /^(the|state|local|foreign)$/u.test(lower[0] as string)
}

/** True when a word before the cue makes it passive ("was called", "is described", "so-called"). */
export function isPassive(text: string, cue: Cue): boolean {
  const before = tokenize(text, Math.max(0, cue.start - 20), cue.start).filter((t) => t.word)
  const word = before[before.length - 1]?.text.toLowerCase()
  return word !== undefined && /^(was|were|is|are|be|been|being|so|widely)$/u.test(word)
}

/**
 * The speaker mention of a cue in a sentence starting at `sentenceStart`:
 * - after an earlier cue in the sentence, the subject between the two ("The report further
 *   explained that Mayorkas also told" → "Mayorkas"; "Znak.com reported its source said" → "its
 *   source");
 * - a participle after a comma, or a cue after "and"/"but", shares the earlier cue's subject
 *   ("ruled against it, saying"; "said …, but said");
 * - else the subject before the cue (`mentionBefore`).
 * Cues inside quotation marks are not counted as earlier cues.
 */
export function subjectOfCue(facts: TextFacts, sentenceStart: number, cue: Cue): TextRange | null {
  const { text } = facts
  const earlier = cuesIn(facts, sentenceStart, cue.start)
    .filter((c) => c.end <= cue.start && quotationAt(facts, c.start) === undefined)
    .at(-1)
  if (earlier === undefined) return mentionBefore(text, sentenceStart, cue.start)
  const between = tokenize(text, earlier.end, cue.start)
  const lastWord = between
    .filter((t) => t.word && !BETWEEN_SUBJECT_AND_CUE.has(t.text.toLowerCase()))
    .at(-1)
  const participle = cue.form.endsWith('ing') && between.at(-1)?.text === ','
  if (participle || lastWord === undefined || /^(and|but)$/iu.test(lastWord.text))
    return subjectOfCue(facts, sentenceStart, earlier)
  return (
    mentionBefore(text, earlier.end, cue.start) ?? mentionBefore(text, sentenceStart, cue.start)
  )
}
