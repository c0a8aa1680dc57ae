import type { QuoteSuggestion } from '../src/shared/domain/quoteSuggestion'
import { extractQuotes } from '../src/shared/quotes/extractQuotes'
import { matchSpeaker } from '../src/shared/quotes/matchSpeaker'
import {
  matchOneToOne,
  type MatchMode,
  type Prf,
  type QuoteScores,
  scoreQuotes,
} from '../src/shared/quotes/scoreQuotes'
import { loadQuotesGold } from '../tests/fixtures/quotes-gold/loadQuotesGold'

/** One rule's suggestions on a split: how many, how many matched a gold quote of their kind. */
export type RuleTally = { rule: string; n: number; exact: number; overlap: number }

export type SplitReport = {
  split: 'dev' | 'heldout'
  articles: number
  goldQuotes: number
  scores: QuoteScores
  rules: RuleTally[]
}

/**
 * Scores the extractor on one half of the gold set: every article's suggestions against its
 * hand-coded quotes (`scoreQuotes`), a suggested speaker counting as right when `matchSpeaker`
 * finds exactly the gold speaker in the article's speaker list (the registry a coder would
 * have), and each rule's precision (its suggestions that match a gold quote of their kind).
 */
export function scoreSplit(split: 'dev' | 'heldout'): SplitReport {
  const gold = loadQuotesGold(split)
  const predicted: QuoteSuggestion[][] = gold.map((a) => extractQuotes(a.text))
  const scores = scoreQuotes(
    gold.map((a, i) => ({
      gold: a.quotes,
      predicted: predicted[i]!.map((q) => ({
        kind: q.kind,
        parts: q.parts,
        speaker: q.speakerName ?? null,
      })),
    })),
    (d, name, speaker) => {
      const found = matchSpeaker(name, gold[d]!.speakers)
      return found.kind === 'match' && found.speaker.name === speaker
    },
  )
  const tallies = new Map<string, RuleTally>()
  gold.forEach((a, i) => {
    for (const kind of ['direct', 'indirect', 'mixed'] as const) {
      const g = a.quotes.filter((q) => q.kind === kind).map((q) => q.parts)
      const p = predicted[i]!.filter((q) => q.kind === kind)
      const hit = (mode: MatchMode) =>
        new Set(
          matchOneToOne(
            g,
            p.map((q) => q.parts),
            mode,
          ).map(([, pi]) => pi),
        )
      const exact = hit('exact')
      const overlap = hit('overlap')
      p.forEach((q, pi) => {
        const t = tallies.get(q.rule) ?? { rule: q.rule, n: 0, exact: 0, overlap: 0 }
        t.n++
        if (exact.has(pi)) t.exact++
        if (overlap.has(pi)) t.overlap++
        tallies.set(q.rule, t)
      })
    }
  })
  return {
    split,
    articles: gold.length,
    goldQuotes: gold.reduce((n, a) => n + a.quotes.length, 0),
    scores,
    rules: [...tallies.values()].sort((a, b) => b.n - a.n),
  }
}

/** Lower bound of the 95 % Wilson score interval of k successes in n trials (0 when n = 0). */
export function wilsonLower(k: number, n: number): number {
  if (n === 0) return 0
  const z = 1.96
  const p = k / n
  const centre = p + (z * z) / (2 * n)
  const margin = z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))
  return (centre - margin) / (1 + (z * z) / n)
}

const f = (x: number | null) => (x === null ? '  —  ' : x.toFixed(3))
const cell = (p: Prf) =>
  `${f(p.precision)} ${f(p.recall)} ${f(p.f1)}  (${p.truePositives}/${p.predicted}/${p.gold})`

/** The report as printed lines: P R F1 (tp/suggested/gold) per kind, unit and match rule. */
export function formatReport(report: SplitReport): string[] {
  const lines = [
    `Quote extraction, ${report.split}: ${report.articles} articles, ${report.goldQuotes} gold quotes`,
    '  kind      unit    match      P     R     F1    (tp/suggested/gold)',
  ]
  for (const kind of ['direct', 'indirect', 'mixed', 'any'] as const) {
    const s = report.scores[kind]
    for (const unit of ['parts', 'quotes'] as const)
      for (const mode of ['overlap', 'exact'] as const)
        lines.push(`  ${kind.padEnd(9)} ${unit.padEnd(7)} ${mode.padEnd(8)} ${cell(s[unit][mode])}`)
    const sp = s.speaker
    lines.push(
      `  ${kind.padEnd(9)} speaker  accuracy ${f(sp.accuracy)} on ${sp.matched} matched; P R F1 ${cell(sp)}`,
    )
  }
  lines.push('  rule            n   exact  (95 % lower)  overlap')
  for (const r of report.rules)
    lines.push(
      `  ${r.rule.padEnd(14)} ${String(r.n).padStart(3)}   ${(r.exact / r.n).toFixed(2)}   (${wilsonLower(r.exact, r.n).toFixed(2)})        ${(r.overlap / r.n).toFixed(2)}`,
    )
  return lines
}
