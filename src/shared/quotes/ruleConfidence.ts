import type { QuoteRule } from '../domain/quoteSuggestion'

/**
 * The confidence of a suggestion, by the rule that made it: that rule's precision on the dev half
 * of the hand-coded gold set (tests/fixtures/quotes-gold/dev), the share of its suggestions that
 * overlap (Jaccard ≥ 0.5) a gold quote of the same kind. Measured by `npm run bench -- quotes`,
 * which prints each rule's precision and n so these constants can be checked; a rule with fewer
 * than 5 suggestions on dev gets the figure of the rule it is closest to.
 */
export const RULE_CONFIDENCE: Readonly<Record<QuoteRule, number>> = {
  'marks+cue': 0.9,
  'marks+intro': 0.8,
  'marks+previous': 0.6,
  mixed: 0.5,
  'said-clause': 0.5,
  'according-to': 0.5,
}
