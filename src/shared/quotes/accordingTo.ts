import type { TextRange } from '../domain/quoteSuggestion'
import { trimRange } from './clauseRules'
import { type Draft, quotationAt, type TextFacts } from './draft'
import { looksFinite } from './finiteClause'
import { mentionAfterAccordingTo } from './mentions'
import { ACCORDING_TO } from './reportingCues'
import { tokenize } from './words'

/** The `according to X` attributions of one sentence. */
export function accordingTo(
  facts: TextFacts,
  sentence: TextRange,
  push: (
    parts: TextRange[],
    cue: TextRange,
    mention: TextRange | null,
    rule: Draft['rule'],
  ) => void,
) {
  const { text } = facts
  const slice = text.slice(sentence.start, sentence.end)
  for (const m of slice.matchAll(ACCORDING_TO)) {
    const cue = { start: sentence.start + m.index, end: sentence.start + m.index + m[0].length }
    if (quotationAt(facts, cue.start) || /^\s+which\b/u.test(text.slice(cue.end, cue.end + 7)))
      continue
    const mention = mentionAfterAccordingTo(text, cue.end, sentence.end)
    if (mention === null) continue
    const before = text.slice(sentence.start, cue.start)
    const afterMention = text.slice(mention.end, sentence.end)
    const parts: (TextRange | null)[] = []
    if (before.trim() === '') parts.push(trimRange(text, mention.end, sentence.end))
    else if (/^[\s.!?]*$/u.test(afterMention))
      parts.push(trimRange(text, sentence.start, cue.start))
    else if (/,\s*$/u.test(before) && /^\s*,/u.test(afterMention)) {
      parts.push(
        trimRange(text, sentence.start, cue.start),
        trimRange(text, mention.end, sentence.end),
      )
    } else if (/^\s*,/u.test(afterMention)) {
      // "While only 10–15% … own a fursuit according to a 2011 study, event organizers …"
      const comma = before.lastIndexOf(',')
      const from = comma === -1 ? sentence.start : sentence.start + comma + 1
      const opener = /^\s*(while|although|though|as|because|since|if|when|and|but)\s+/iu.exec(
        text.slice(from, cue.start),
      )
      parts.push(trimRange(text, from + (opener?.[0].length ?? 0), cue.start))
    } else continue
    const kept = parts.filter((p): p is TextRange => p !== null)
    if (kept.length === 0 || !kept.some((p) => looksFinite(tokenize(text, p.start, p.end), 40)))
      continue
    push(kept, cue, mention, 'according-to')
  }
}
