import type { QuoteRule } from '../domain/quoteSuggestion'

/**
 * The confidence of a suggestion, by the rule that made it: a conservative estimate of the
 * probability that a coder following docs/quotes-gold-guidelines.md marks exactly these parts,
 * as a quote of this kind. Each figure is the lower bound of the 95 % Wilson interval of the
 * rule's exact-match precision on the dev half of the gold set (tests/fixtures/quotes-gold/dev),
 * measured when the rules were frozen: the lower bound, because the rules were tuned on those
 * articles and n is small. `npm run bench -- quotes` prints each rule's k/n and bound on dev and
 * held-out, so the figures can be checked and re-set.
 *
 * On dev: marks+cue 29/29 → 0.88; said-clause 59/65 → 0.81; according-to 14/17 → 0.59; mixed
 * 9/16 → 0.33. The rules marks+intro and marks+previous made no suggestion on dev: they read the
 * same quotation marks as marks+cue, so they share its figure for the parts; their speaker comes
 * from further away, which `confidence` does not measure.
 */
export const RULE_CONFIDENCE: Readonly<Record<QuoteRule, number>> = {
  'marks+cue': 0.88,
  'marks+intro': 0.88,
  'marks+previous': 0.88,
  'said-clause': 0.81,
  'according-to': 0.59,
  mixed: 0.33,
}
