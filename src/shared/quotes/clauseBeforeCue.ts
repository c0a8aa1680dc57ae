import type { TextRange } from '../domain/quoteSuggestion'
import {
  ADDRESSEE_CUES,
  CLAUSE_BREAK,
  MAX_MENTION_WORDS,
  MIN_CLAUSE_WORDS,
  trimRange,
  wordsOf,
} from './clauseRules'
import type { TextFacts } from './draft'
import { looksFinite } from './finiteClause'
import { mentionAfter, mentionBefore } from './mentions'
import type { Cue } from './reportingCues'
import { type Token, tokenize } from './words'

/**
 * The clause before a cue at the end of its sentence: `CLAUSE, the army said.`, `CLAUSE, said
 * police.`, `CLAUSE, police said on Monday.`, or a clause around it (`Day, they said, desired no
 * memorials`). The words between the comma and the cue must be a subject, not "and …" or "with
 * …"; after the cue only an adverbial, the inverted subject or the clause's second half may
 * follow, and a cue with an object ("announced the decision") is no attribution.
 */
export function clauseBefore(
  facts: TextFacts,
  cue: Cue,
  sentence: TextRange,
): { parts: TextRange[]; mention: TextRange | null } | null {
  const { text } = facts
  const before = tokenize(text, sentence.start, cue.start)
  const comma = before.findLastIndex((t) => t.text === ',')
  if (comma <= 0) return null
  const between = wordsOf(before.slice(comma + 1))
  if (between.length > MAX_MENTION_WORDS) return null
  if (
    between.length > 0 &&
    /^(and|but|or|with|while|as|after|before|when|if|because|so|then|to|in|on|at|by|for|from|which|who|whom|that)$/iu.test(
      (between[0] as Token).text,
    )
  )
    return null
  const head = before.slice(0, comma)
  if (wordsOf(head).length < MIN_CLAUSE_WORDS || !looksFinite(head, 40)) return null

  const after = tokenize(text, cue.end, sentence.end)
  const cut = after.findIndex(
    (t, i) => t.text === ',' && CLAUSE_BREAK.test(after[i + 1]?.text ?? ''),
  )
  const tail = cut === -1 ? after : after.slice(0, cut)
  const tailWords = wordsOf(tail)
  const resume = tail.findIndex((t) => t.text === ',')
  const parts = [trimRange(text, sentence.start, (before[comma] as Token).start)]
  const mention =
    between.length > 0
      ? mentionBefore(text, (before[comma] as Token).end, cue.start)
      : mentionAfter(text, cue.end, sentence.end)
  if (
    between.length > 0 &&
    resume !== -1 &&
    wordsOf(tail.slice(0, resume)).length <= 3 &&
    tailWords.length - resume >= MIN_CLAUSE_WORDS
  ) {
    parts.push(trimRange(text, (tail[resume] as Token).end, (tail[tail.length - 1] as Token).end))
  } else if (tailWords.length > 0 && !(ADDRESSEE_CUES.has(cue.lemma) && tailWords.length <= 3)) {
    const firstWord = (tailWords[0] as Token).text.toLowerCase()
    const adverbial =
      /^(on|in|at|during|after|via|through|from|to|as|yesterday|today|tonight|earlier|later|last|this|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/u.test(
        firstWord,
      )
    if (
      between.length > 0 ? !adverbial || tailWords.length > 6 : tailWords.length > MAX_MENTION_WORDS
    )
      return null
  }
  const kept = parts.filter((p): p is TextRange => p !== null)
  return kept.length > 0 ? { parts: kept, mention } : null
}
