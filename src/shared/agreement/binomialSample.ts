import { logFactorial } from './logFactorial'

/**
 * Draws from the binomial distribution Bin(n, p) with one uniform number from `random`, by
 * inversion (Devroye 1986, "Non-Uniform Random Variate Generation", ch. X.4): the outcomes are
 * visited from the mode outwards, alternately above and below it, subtracting each one's
 * probability from the uniform until it is used up. Any fixed order of the outcomes gives an
 * exact inversion; starting at the mode makes the expected work O(√(n·p·(1−p))) instead of O(n).
 * The mode's probability comes from log-factorials (`logFactorial`), the others by the ratios
 * P(x+1)/P(x) = (n−x)/(x+1)·p/(1−p). `n` must be a non-negative integer, `p` within [0, 1].
 */
export function binomialSample(n: number, p: number, random: () => number): number {
  if (n === 0 || p <= 0) return 0
  if (p >= 1) return n
  const q = 1 - p
  const mode = Math.min(n, Math.floor((n + 1) * p))
  const logMode =
    logFactorial(n) -
    logFactorial(mode) -
    logFactorial(n - mode) +
    mode * Math.log(p) +
    (n - mode) * Math.log(q)
  let u = random() - Math.exp(logMode)
  if (u < 0) return mode
  const up = p / q
  const down = q / p
  let lo = mode
  let hi = mode
  let pLo = Math.exp(logMode)
  let pHi = pLo
  while (lo > 0 || hi < n) {
    if (hi < n) {
      pHi *= ((n - hi) / (hi + 1)) * up
      hi += 1
      u -= pHi
      if (u < 0) return hi
    }
    if (lo > 0) {
      pLo *= (lo / (n - lo + 1)) * down
      lo -= 1
      u -= pLo
      if (u < 0) return lo
    }
  }
  // Rounding left a sliver of probability unassigned (of the order of 1e-15): the mode takes it.
  return mode
}
