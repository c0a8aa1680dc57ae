import { isPassive, subjectOfCue } from './attribution'
import { cuesIn, type Draft, type TextFacts } from './draft'
import { mentionAfter } from './mentions'
import type { Quotation } from './quotations'
import { tokenize } from './words'

/** Most words between a naming cue and its quoted fragment ("called Prime Minister Theresa May's proposed Brexit deal"). */
const MAX_OBJECT_WORDS = 8

/** Words that may join two fragments of one naming ("as “gamesmanship” and a “stunt”"). */
const JOINER = /^\s*(,|and|or|as well as|and a|and an|or a)?\s*(a|an|the)?\s*$/u

/**
 * Mixed quotes of quoted fragments after a naming cue (guidelines §3): `called it “a
 * non-starter”`, `accusing her of “not doing her job”`, `referred to as “gamesmanship” and a
 * “stunt”`, `thanked “the police, security and emergency services staff …”`, and the passive
 * `was described as “knife-obsessed” by the police`. An active "call" must have an object before
 * the fragment ("a pattern called a “glider”" names a thing, nobody speaks), and a passive cue
 * needs its "by" agent after the fragment. Each fragment is a part; fragments joined
 * by "and" are parts of one quote.
 */
export function namingFragments(
  facts: TextFacts,
  free: readonly Quotation[],
): { drafts: Draft[]; used: Set<Quotation> } {
  const { text } = facts
  const drafts: Draft[] = []
  const used = new Set<Quotation>()
  for (let i = 0; i < free.length; i++) {
    const q = free[i] as Quotation
    if (q.open < facts.bodyStart || used.has(q)) continue
    const sentence = facts.sentences.at(q.open)
    if (sentence === null) continue
    const cue = cuesIn(facts, sentence.start, q.open)
      .filter((c) => c.role === 'naming' || c.lemma === 'thank')
      .at(-1)
    if (cue === undefined) continue
    const gap = tokenize(text, cue.end, q.open).filter((t) => t.word)
    if (gap.length > MAX_OBJECT_WORDS) continue
    const passive = isPassive(text, cue)
    const gapWords = gap.map((t) => t.text.toLowerCase())
    // "a pattern called a “glider”" names a thing: an active "call" needs its object first.
    if (!passive && cue.lemma === 'call' && !gapWords.some((w) => !/^(a|an|the)$/u.test(w)))
      continue

    const group = [q]
    for (let j = i + 1; j < free.length; j++) {
      const next = free[j] as Quotation
      const last = group[group.length - 1] as Quotation
      if (next.open > sentence.end || !JOINER.test(text.slice(last.end, next.open))) break
      group.push(next)
    }
    const lastQuote = group[group.length - 1] as Quotation
    let mention = subjectOfCue(facts, sentence.start, cue)
    if (mention === null) {
      // "Calling it “just another apology”, Anna Franowska … told Reuters": the subject follows.
      const rest = /^[\s,]+/u.exec(text.slice(lastQuote.end, sentence.end))
      if (rest !== null) mention = mentionAfter(text, lastQuote.end + rest[0].length, sentence.end)
    }
    if (passive) {
      const by = /^\s*by\s+/u.exec(text.slice(lastQuote.end, sentence.end))
      if (by === null) continue
      mention = mentionAfter(text, lastQuote.end + by[0].length, sentence.end)
    }
    for (const g of group) used.add(g)
    drafts.push({
      parts: group.flatMap((g) => g.parts),
      kind: 'mixed',
      rule: 'mixed',
      cue,
      ...(mention !== null ? { mention } : {}),
    })
    i += group.length - 1
  }
  return { drafts, used }
}
