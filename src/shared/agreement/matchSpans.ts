import type { MatchingRule } from './matchingRule'
import { sentenceIndexAt } from './splitSentences'
import type { Interval } from './unitizingDisagreement'

/** A span one coder marked, in one document. */
export type CoderSpan = { id: string; coder: string; start: number; end: number }

/** A unit of span reliability: at most one span per coder. A single span is an unmatched one. */
export type SpanUnit<S extends CoderSpan = CoderSpan> = { spans: S[] }

/** Length of the overlap of two spans divided by the length of their union (0 when disjoint). */
export function overlapOfUnion(a: Interval, b: Interval): number {
  const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start)
  if (inter <= 0) return 0
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start)
  return inter / union
}

function validateRule(rule: MatchingRule, sentences: readonly Interval[] | undefined): void {
  if (rule.kind === 'overlap' && !(rule.minOverlap > 0 && rule.minOverlap <= 1)) {
    throw new RangeError(`minOverlap must lie in (0, 1], got ${rule.minOverlap}`)
  }
  if (rule.kind === 'sentence' && sentences === undefined) {
    throw new TypeError('the sentence rule needs the sentences of the text')
  }
}

const compareSpans = (a: CoderSpan, b: CoderSpan): number =>
  a.start - b.start ||
  a.end - b.end ||
  (a.coder < b.coder ? -1 : a.coder > b.coder ? 1 : 0) ||
  (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/**
 * Pairs the spans of several coders in ONE document into units under `rule` (`sentences` from
 * `splitSentences(text)` are needed for the sentence rule). Greedy complete linkage, so the
 * result does not depend on the input order:
 * 1. candidate pairs are spans of different coders that satisfy the rule;
 * 2. they are taken in descending overlap of union (ties: earlier start, then coder, then id);
 * 3. a pair joins the two units holding its spans when the units share no coder and every pair
 *    of spans across them satisfies the rule.
 * So a unit holds at most one span per coder, and all its spans pairwise satisfy the rule.
 * Returns the units in text order (by their earliest span); units of one span are unmatched.
 * Cost: O(s²) for s spans in the document, checked with a sweep so that disjoint spans are not
 * compared under the exact and overlap rules.
 */
export function matchSpans<S extends CoderSpan>(
  spans: readonly S[],
  rule: MatchingRule,
  sentences?: readonly Interval[],
): SpanUnit<S>[] {
  validateRule(rule, sentences)
  const sorted = [...spans].sort(compareSpans)
  const sentenceOf = sorted.map((s) =>
    rule.kind === 'sentence' ? sentenceIndexAt(sentences as Interval[], s.start) : -1,
  )
  const satisfies = (i: number, j: number): boolean => {
    const a = sorted[i] as S
    const b = sorted[j] as S
    if (a.coder === b.coder) return false
    if (rule.kind === 'exact') return a.start === b.start && a.end === b.end
    if (rule.kind === 'overlap') return overlapOfUnion(a, b) >= rule.minOverlap - 1e-12
    return sentenceOf[i] === sentenceOf[j] && sentenceOf[i] !== -1
  }

  const pairs: { i: number; j: number; score: number }[] = []
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i] as S
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j] as S
      // Sorted by start: once b starts at or after a's end, no later span overlaps a either.
      if (rule.kind !== 'sentence' && b.start >= a.end) break
      if (rule.kind === 'sentence' && sentenceOf[j] !== sentenceOf[i]) break
      if (satisfies(i, j)) pairs.push({ i, j, score: overlapOfUnion(a, b) })
    }
  }
  pairs.sort((p, q) => q.score - p.score || p.i - q.i || p.j - q.j)

  const unitOf = sorted.map((_, i) => i)
  const members = sorted.map((_, i) => [i])
  for (const { i, j } of pairs) {
    const ui = unitOf[i] as number
    const uj = unitOf[j] as number
    if (ui === uj) continue
    const left = members[ui] as number[]
    const right = members[uj] as number[]
    const coders = new Set(left.map((k) => (sorted[k] as S).coder))
    if (right.some((k) => coders.has((sorted[k] as S).coder))) continue
    if (!left.every((k) => right.every((l) => satisfies(k, l)))) continue
    for (const k of right) unitOf[k] = ui
    left.push(...right)
    members[uj] = []
  }
  return members
    .filter((m) => m.length > 0)
    .map((m) => m.sort((x, y) => x - y))
    .sort((x, y) => (x[0] as number) - (y[0] as number))
    .map((m) => ({ spans: m.map((k) => sorted[k] as S) }))
}
