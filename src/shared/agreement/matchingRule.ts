/**
 * How spans of different coders are paired into one unit before their codes are compared
 * (the second step of span reliability; unitized alpha measures the first, where units are):
 * - `exact`: same start and end offsets;
 * - `overlap`: the spans overlap by at least `minOverlap` (a fraction in (0, 1]) of their union
 *   (Jaccard index of the two character ranges);
 * - `sentence`: both spans start in the same sentence (see `splitSentences`).
 */
export type MatchingRule =
  { kind: 'exact' } | { kind: 'overlap'; minOverlap: number } | { kind: 'sentence' }

/**
 * The rule in words, for every report and CSV row: "exact offsets", "overlap ≥ 50% of union",
 * "same sentence". Percentages are rounded to at most one decimal.
 */
export function describeMatchingRule(rule: MatchingRule): string {
  switch (rule.kind) {
    case 'exact':
      return 'exact offsets'
    case 'overlap':
      return `overlap >= ${Math.round(rule.minOverlap * 1000) / 10}% of union`
    case 'sentence':
      return 'same sentence'
  }
}
