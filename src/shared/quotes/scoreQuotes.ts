import type { QuoteKind, TextRange } from '../domain/quoteSuggestion'

/** A quote as scoring sees it, gold or suggested: its kind, parts and speaker. */
export type ScoredQuote = { kind: QuoteKind; parts: readonly TextRange[]; speaker?: string | null }

/** Exact offsets, or a Jaccard overlap of at least 0.5 (the app's default agreement rule). */
export type MatchMode = 'exact' | 'overlap'

/** The overlap a match needs: half of the two ranges' union, as `matchingRule`'s overlap rule. */
export const MIN_OVERLAP = 0.5

/** Counts and the figures from them; a figure with a zero denominator is null ("no data"). */
export type Prf = {
  truePositives: number
  predicted: number
  gold: number
  precision: number | null
  recall: number | null
  f1: number | null
}

/** Speaker attribution over gold quotes that a suggestion matched. */
export type AttributionScore = Prf & {
  /** Gold quotes with a speaker that a suggestion matched (overlap). */
  matched: number
  /** Of those, how many the suggestion gave the right speaker: correct / matched. */
  accuracy: number | null
}

/** The scores of one kind: parts and quotes, each exact and with overlap, and speakers. */
export type KindScores = {
  parts: Record<MatchMode, Prf>
  quotes: Record<MatchMode, Prf>
  speaker: AttributionScore
}

/** Scores by kind; `any` ignores kinds (did the extractor find the quote at all?). */
export type QuoteScores = Record<QuoteKind | 'any', KindScores>

/** One document: what the coder marked and what the extractor suggested. */
export type ScoredDocument = { gold: readonly ScoredQuote[]; predicted: readonly ScoredQuote[] }

const length = (parts: readonly TextRange[]) => parts.reduce((n, p) => n + p.end - p.start, 0)

/** Characters two sets of ranges share (each set's ranges must not overlap one another). */
function shared(a: readonly TextRange[], b: readonly TextRange[]): number {
  let n = 0
  for (const x of a)
    for (const y of b) n += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start))
  return n
}

/** Jaccard index of the characters two sets of ranges cover: shared / union, 0 for disjoint. */
export function rangeJaccard(a: readonly TextRange[], b: readonly TextRange[]): number {
  const both = shared(a, b)
  const union = length(a) + length(b) - both
  return union === 0 ? 0 : both / union
}

const sameRanges = (a: readonly TextRange[], b: readonly TextRange[]) =>
  a.length === b.length && a.every((r, i) => r.start === b[i]!.start && r.end === b[i]!.end)

/**
 * Pairs gold and predicted items one to one: every pair that qualifies (`exact`: identical
 * ranges; `overlap`: Jaccard ≥ 0.5) is taken best first (highest Jaccard, then earliest gold,
 * then earliest prediction), each item at most once. Returns [goldIndex, predictedIndex] pairs.
 */
export function matchOneToOne(
  gold: readonly (readonly TextRange[])[],
  predicted: readonly (readonly TextRange[])[],
  mode: MatchMode,
): [number, number][] {
  const pairs: { g: number; p: number; j: number }[] = []
  gold.forEach((g, gi) =>
    predicted.forEach((p, pi) => {
      const j = rangeJaccard(g, p)
      if (mode === 'exact' ? sameRanges(g, p) : j >= MIN_OVERLAP) pairs.push({ g: gi, p: pi, j })
    }),
  )
  pairs.sort((x, y) => y.j - x.j || x.g - y.g || x.p - y.p)
  const usedG = new Set<number>()
  const usedP = new Set<number>()
  const out: [number, number][] = []
  for (const { g, p } of pairs) {
    if (usedG.has(g) || usedP.has(p)) continue
    usedG.add(g)
    usedP.add(p)
    out.push([g, p])
  }
  return out
}

function prf(truePositives: number, predicted: number, gold: number): Prf {
  const precision = predicted === 0 ? null : truePositives / predicted
  const recall = gold === 0 ? null : truePositives / gold
  const f1 =
    precision === null || recall === null
      ? null
      : precision + recall === 0
        ? 0
        : (2 * precision * recall) / (precision + recall)
  return { truePositives, predicted, gold, precision, recall, f1 }
}

type Tally = { tp: number; predicted: number; gold: number }
const tally = (): Tally => ({ tp: 0, predicted: 0, gold: 0 })

/**
 * Precision, recall and F1 of suggested quotes against gold quotes, micro-averaged over the
 * documents, for each kind and for all kinds together (`any`):
 * - `parts`: every part is a unit (a split quote has two); suggested parts of a kind are paired
 *   with gold parts of the same kind;
 * - `quotes`: every quote is a unit, its parts taken together;
 * - `speaker`: gold quotes with a speaker that a suggestion of the same kind matches (overlap) are
 *   `matched`; `sameSpeaker(document, suggestedName, goldSpeaker)` decides whether the suggestion
 *   named the right one (`accuracy` = correct / matched). Its precision is correct / suggestions
 *   with a speaker name, its recall correct / gold quotes with a speaker.
 * Pairing is one to one (`matchOneToOne`), exact or with Jaccard ≥ 0.5.
 */
export function scoreQuotes(
  documents: readonly ScoredDocument[],
  sameSpeaker: (document: number, suggested: string, gold: string) => boolean,
): QuoteScores {
  const kinds = ['direct', 'indirect', 'mixed', 'any'] as const
  const counts = Object.fromEntries(
    kinds.map((k) => [
      k,
      {
        parts: { exact: tally(), overlap: tally() },
        quotes: { exact: tally(), overlap: tally() },
        speaker: { ...tally(), matched: 0 },
      },
    ]),
  ) as Record<
    (typeof kinds)[number],
    {
      parts: Record<MatchMode, Tally>
      quotes: Record<MatchMode, Tally>
      speaker: Tally & { matched: number }
    }
  >

  documents.forEach((doc, d) => {
    for (const kind of kinds) {
      const gold = doc.gold.filter((q) => kind === 'any' || q.kind === kind)
      const predicted = doc.predicted.filter((q) => kind === 'any' || q.kind === kind)
      const c = counts[kind]
      for (const mode of ['exact', 'overlap'] as const) {
        const goldParts = gold.flatMap((q) => q.parts.map((p) => [p]))
        const predictedParts = predicted.flatMap((q) => q.parts.map((p) => [p]))
        c.parts[mode].tp += matchOneToOne(goldParts, predictedParts, mode).length
        c.parts[mode].predicted += predictedParts.length
        c.parts[mode].gold += goldParts.length
        c.quotes[mode].tp += matchOneToOne(
          gold.map((q) => q.parts),
          predicted.map((q) => q.parts),
          mode,
        ).length
        c.quotes[mode].predicted += predicted.length
        c.quotes[mode].gold += gold.length
      }
      for (const [g, p] of matchOneToOne(
        gold.map((q) => q.parts),
        predicted.map((q) => q.parts),
        'overlap',
      )) {
        const goldSpeaker = gold[g]!.speaker
        if (goldSpeaker === undefined || goldSpeaker === null) continue
        c.speaker.matched++
        const name = predicted[p]!.speaker
        if (name !== undefined && name !== null && sameSpeaker(d, name, goldSpeaker)) c.speaker.tp++
      }
      c.speaker.predicted += predicted.filter(
        (q) => q.speaker !== undefined && q.speaker !== null,
      ).length
      c.speaker.gold += gold.filter((q) => q.speaker !== undefined && q.speaker !== null).length
    }
  })

  const result = {} as QuoteScores
  for (const kind of kinds) {
    const c = counts[kind]
    const modes = (t: Record<MatchMode, Tally>) => ({
      exact: prf(t.exact.tp, t.exact.predicted, t.exact.gold),
      overlap: prf(t.overlap.tp, t.overlap.predicted, t.overlap.gold),
    })
    result[kind] = {
      parts: modes(c.parts),
      quotes: modes(c.quotes),
      speaker: {
        ...prf(c.speaker.tp, c.speaker.predicted, c.speaker.gold),
        matched: c.speaker.matched,
        accuracy: c.speaker.matched === 0 ? null : c.speaker.tp / c.speaker.matched,
      },
    }
  }
  return result
}
