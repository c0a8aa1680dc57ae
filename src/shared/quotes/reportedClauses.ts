import type { TextRange } from '../domain/quoteSuggestion'
import { accordingTo } from './accordingTo'
import { isPassive, subjectOfCue } from './attribution'
import { clauseAfter } from './clauseAfterCue'
import { clauseBefore } from './clauseBeforeCue'
import { cuesIn, type Draft, quotationAt, type TextFacts } from './draft'
import type { Quotation } from './quotations'
import { rangeJaccard } from './scoreQuotes'

/**
 * Reported clauses around cues, in one sentence at a time (rules `said-clause`, `according-to`,
 * and `mixed` when the clause holds quoted words):
 * - `X said (that) CLAUSE`, `X told reporters CLAUSE`, `X said in a statement that CLAUSE`;
 * - `CLAUSE, X said.`, `CLAUSE, said X.` and `A, they said, B`;
 * - `According to X, CLAUSE`, `CLAUSE, according to X` and `A, according to X, B`.
 * A clause must look finite (`looksFinite`): `announced his resignation` is not reported speech.
 * Cues inside quotation marks, cues that direct quotes already use, and passive cues ("was said
 * to") are skipped; clauses that overlap a direct quote are dropped.
 */
export function reportedClauses(
  facts: TextFacts,
  taken: readonly Draft[],
  free: readonly Quotation[],
): Draft[] {
  const { text } = facts
  const usedCues = new Set(taken.flatMap((d) => (d.cue ? [d.cue.start] : [])))
  const out: Draft[] = []
  const push = (
    parts: TextRange[],
    cue: TextRange,
    mention: TextRange | null,
    rule: Draft['rule'],
  ) => {
    if (parts.length === 0) return
    const holdsQuote = free.some((q) => parts.some((p) => q.open >= p.start && q.open < p.end))
    out.push({
      parts,
      kind: holdsQuote ? 'mixed' : 'indirect',
      rule: holdsQuote ? 'mixed' : rule,
      cue,
      ...(mention !== null ? { mention } : {}),
    })
  }

  for (const sentence of facts.sentences.sentences) {
    if (sentence.start < facts.bodyStart) continue
    const cues = cuesIn(facts, sentence.start, sentence.end)
    for (const cue of cues) {
      if (cue.role !== 'clause' || usedCues.has(cue.start) || quotationAt(facts, cue.start))
        continue
      if (isPassive(text, cue)) {
        // "It was reported (that) he was in a coma": a reported clause with no speaker.
        const impersonal = /(?:^|\s)it\s+(?:was|is|has\s+been|had\s+been)\s+$/iu.test(
          text.slice(sentence.start, cue.start),
        )
        const clause = impersonal ? clauseAfter(facts, cue, sentence, cues, free) : null
        if (clause !== null) push([clause], cue, null, 'said-clause')
        continue
      }
      const mention = subjectOfCue(facts, sentence.start, cue)
      const forward = clauseAfter(facts, cue, sentence, cues, free)
      if (forward !== null) {
        if (mention !== null) push([forward], cue, mention, 'said-clause')
        continue
      }
      const first = clauseBefore(facts, cue, sentence)
      if (first !== null) push(first.parts, cue, first.mention, 'said-clause')
    }
    accordingTo(facts, sentence, push)
  }
  const direct = taken.flatMap((d) => d.parts)
  return withoutDuplicates(out).filter(
    (d) => !d.parts.some((p) => direct.some((q) => p.start < q.end && q.start < p.end)),
  )
}

/**
 * Keeps one of two clause drafts that mostly cover the same words, "according to" first; a quote
 * whose cue lies inside the other's content is nested ("Znak.com reported its source said …")
 * and stays.
 */
function withoutDuplicates(drafts: readonly Draft[]): Draft[] {
  const rank = (d: Draft) => (d.rule === 'according-to' ? 0 : 1)
  const within = (d: Draft, o: Draft) =>
    d.cue !== undefined && o.parts.some((p) => d.cue!.start >= p.start && d.cue!.end <= p.end)
  const kept: Draft[] = []
  for (const d of [...drafts].sort((a, b) => rank(a) - rank(b))) {
    if (!kept.some((k) => rangeJaccard(k.parts, d.parts) >= 0.5 && !within(d, k) && !within(k, d)))
      kept.push(d)
  }
  return kept
}
