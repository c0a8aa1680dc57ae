import type { CodeValue, CodedValue } from './types'

/** Cohen's kappa and the proportions it was computed from. */
export type CohenKappaResult = {
  /** κ = (p_o − p_e)/(1 − p_e); NaN when undefined (no pairs, or p_e = 1). */
  kappa: number
  /** Observed proportion of agreement. */
  po: number
  /** Proportion of agreement expected by chance from the two coders' own marginals. */
  pe: number
  /** Units both coders coded (pairs kept after pairwise deletion). */
  n: number
}

/**
 * Cohen's (1960) kappa for two coders, "A coefficient of agreement for nominal scales"
 * (Educational and Psychological Measurement 20(1), 37–46): κ = (p_o − p_e)/(1 − p_e), with p_o the
 * proportion of units given the same value and p_e = Σc p_a(c)·p_b(c) from each coder's own
 * proportions. Units missing (null) for either coder are deleted pairwise before anything is
 * counted. Values agree when identical (===). Returns κ with p_o, p_e and n; κ is NaN when no unit
 * was coded by both, or when p_e = 1 (both coders used one and the same value throughout: no
 * variation, so agreement beyond chance is undefined). Throws a RangeError if the arrays differ in
 * length.
 */
export function cohenKappa(a: readonly CodeValue[], b: readonly CodeValue[]): CohenKappaResult {
  if (a.length !== b.length) {
    throw new RangeError(`the coders coded ${a.length} and ${b.length} units`)
  }
  const countsA = new Map<CodedValue, number>()
  const countsB = new Map<CodedValue, number>()
  let n = 0
  let agreements = 0
  for (let u = 0; u < a.length; u++) {
    const x = a[u] as CodeValue
    const y = b[u] as CodeValue
    if (x === null || y === null) continue
    n += 1
    if (x === y) agreements += 1
    countsA.set(x, (countsA.get(x) ?? 0) + 1)
    countsB.set(y, (countsB.get(y) ?? 0) + 1)
  }
  if (n === 0) return { kappa: NaN, po: NaN, pe: NaN, n: 0 }
  let chance = 0
  for (const [value, count] of countsA) chance += count * (countsB.get(value) ?? 0)
  const po = agreements / n
  const pe = chance / (n * n)
  const kappa = pe === 1 ? NaN : (po - pe) / (1 - pe)
  return { kappa, po, pe, n }
}
