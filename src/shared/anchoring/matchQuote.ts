import approxSearch from 'approx-string-match'
import type { QuoteMatch, TextQuote } from './types'

type Candidate = { start: number; end: number; errors: number }

/**
 * Lowest similarity (1 − edits / quote length) a candidate's quote may have. 0.8 lets a quote
 * survive a typo fix or straightened quotation marks, while a sentence that was rewritten is not
 * mistaken for the coded one: for research data a wrong span is worse than an orphan.
 */
export const MIN_QUOTE_SIMILARITY = 0.8

/**
 * Lowest overall score (see `matchQuote`) of an accepted match. An unchanged quote whose context
 * is entirely new still scores about 0.7 and is accepted; a quote that barely passes
 * `MIN_QUOTE_SIMILARITY` in unrelated surroundings (about 0.45) is not.
 */
export const MIN_MATCH_SCORE = 0.6

// Weights of hypothesis's match-quote.ts: the quote counts most, its context next, and the
// position hint only breaks ties between otherwise equal candidates.
const QUOTE_WEIGHT = 50
const PREFIX_WEIGHT = 20
const SUFFIX_WEIGHT = 20
const POSITION_WEIGHT = 2
const MAX_SCORE = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT

/** Every exact occurrence of `pattern`, or else the best approximate ones within `maxErrors`. */
function search(text: string, pattern: string, maxErrors: number): Candidate[] {
  const exact: Candidate[] = []
  for (let at = text.indexOf(pattern); at !== -1; at = text.indexOf(pattern, at + 1)) {
    exact.push({ start: at, end: at + pattern.length, errors: 0 })
  }
  if (exact.length > 0 || maxErrors < 1) return exact
  return approxSearch(text, pattern, maxErrors)
}

/** Similarity of `pattern` to its best match in the short `text` (0..1). */
function similarity(text: string, pattern: string): number {
  if (pattern.length === 0 || text.length === 0) return 0
  const best = search(text, pattern, pattern.length)[0]
  return best === undefined ? 0 : 1 - best.errors / pattern.length
}

/**
 * Finds `quote.exact` in `text` and returns the best match with its score, or null when no match
 * reaches `MIN_QUOTE_SIMILARITY` and `MIN_MATCH_SCORE`. Candidates are the exact occurrences, or
 * else the closest approximate ones (Myers' algorithm from approx-string-match); each is scored
 * as hypothesis does: 50 × quote similarity + 20 × prefix and 20 × suffix similarity (an empty
 * prefix or suffix, at a text edge, counts as matching) + 2 × closeness to `hint` (the old start
 * offset), divided by 92.
 */
export function matchQuote(text: string, quote: TextQuote, hint?: number): QuoteMatch | null {
  const { exact, prefix, suffix } = quote
  if (exact.length === 0 || text.length === 0) return null
  const maxErrors = Math.min(256, Math.floor(exact.length * (1 - MIN_QUOTE_SIMILARITY)))

  let best: QuoteMatch | null = null
  for (const candidate of search(text, exact, maxErrors)) {
    const quoteScore = 1 - candidate.errors / exact.length
    const prefixScore =
      prefix.length === 0
        ? 1
        : similarity(
            text.slice(Math.max(0, candidate.start - prefix.length), candidate.start),
            prefix,
          )
    const suffixScore =
      suffix.length === 0
        ? 1
        : similarity(text.slice(candidate.end, candidate.end + suffix.length), suffix)
    const positionScore =
      hint === undefined ? 1 : 1 - Math.min(1, Math.abs(candidate.start - hint) / text.length)
    const score =
      (QUOTE_WEIGHT * quoteScore +
        PREFIX_WEIGHT * prefixScore +
        SUFFIX_WEIGHT * suffixScore +
        POSITION_WEIGHT * positionScore) /
      MAX_SCORE
    if (best === null || score > best.score) {
      best = { start: candidate.start, end: candidate.end, score }
    }
  }
  return best !== null && best.score >= MIN_MATCH_SCORE ? best : null
}
