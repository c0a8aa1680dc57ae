/** Fleiss' kappa and the proportions it was computed from. */
export type FleissKappaResult = {
  /** κ = (P̄ − P̄e)/(1 − P̄e); NaN when P̄e = 1 (every rating in one category). */
  kappa: number
  /** P̄: the mean over units of the proportion of agreeing rater pairs. */
  pBar: number
  /** P̄e: Σj p_j², the agreement expected from the overall category proportions p_j. */
  peBar: number
  /** Units (rows). */
  units: number
  /** Raters per unit. */
  raters: number
}

/**
 * Fleiss' (1971) kappa, "Measuring nominal scale agreement among many raters" (Psychological
 * Bulletin 76(5), 378–382), for `counts[i][j]` = the number of raters who put unit i in category j.
 * Every unit must have the same number n ≥ 2 of raters (Fleiss' design); with N units,
 * P_i = (Σj n_ij² − n)/(n(n − 1)), P̄ = mean P_i, p_j = Σi n_ij/(N·n), P̄e = Σj p_j² and
 * κ = (P̄ − P̄e)/(1 − P̄e). Returns κ with P̄ and P̄e. Throws a RangeError when there are no units,
 * rows differ in length or in their sums, a row sums to fewer than 2, or a count is not a
 * non-negative integer. With missing ratings use Krippendorff's alpha instead.
 */
export function fleissKappa(counts: readonly (readonly number[])[]): FleissKappaResult {
  const units = counts.length
  if (units === 0) throw new RangeError('Fleiss’ kappa needs at least one unit')
  const categories = (counts[0] as readonly number[]).length
  const totals = new Float64Array(categories)
  let raters = -1
  let sumP = 0
  counts.forEach((row, i) => {
    if (row.length !== categories) {
      throw new RangeError(`unit ${i} has ${row.length} categories, unit 0 has ${categories}`)
    }
    let n = 0
    let squares = 0
    row.forEach((count, j) => {
      if (!Number.isInteger(count) || count < 0) {
        throw new RangeError(`unit ${i}, category ${j}: ${count} is not a count`)
      }
      n += count
      squares += count * count
      totals[j] = (totals[j] as number) + count
    })
    if (raters === -1) raters = n
    if (n !== raters) {
      throw new RangeError(`unit ${i} has ${n} ratings, unit 0 has ${raters}: raters must be equal`)
    }
    if (n < 2) throw new RangeError(`unit ${i} has ${n} ratings; Fleiss’ kappa needs 2 or more`)
    sumP += (squares - n) / (n * (n - 1))
  })
  const pBar = sumP / units
  let peBar = 0
  for (const total of totals) peBar += (total / (units * raters)) ** 2
  const kappa = peBar === 1 ? NaN : (pBar - peBar) / (1 - peBar)
  return { kappa, pBar, peBar, units, raters }
}
