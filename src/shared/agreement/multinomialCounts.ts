import { binomialSample } from './binomialSample'

/**
 * Fills `counts` with one draw from the multinomial distribution of `n` trials over categories
 * whose probabilities are proportional to `sizes` (non-negative integers): how often each group
 * is hit when `n` members are drawn with replacement from groups of these sizes. By conditional
 * binomials (Devroye 1986, ch. XI.1): the first count is Bin(n, s₁/S), the next Bin(n − c₁,
 * s₂/(S − s₁)), and so on, the last taking what remains. Why: a bootstrap that redraws 40,000
 * units per resample needs only how often each unit pattern was drawn, and this costs a few
 * binomial draws per pattern instead of 40,000 uniform draws.
 */
export function multinomialCounts(
  n: number,
  sizes: Int32Array,
  counts: Int32Array,
  random: () => number,
): void {
  let remaining = n
  let rest = 0
  for (let k = 0; k < sizes.length; k++) rest += sizes[k] as number
  for (let k = 0; k < sizes.length; k++) {
    const size = sizes[k] as number
    if (remaining === 0 || size === 0) {
      counts[k] = 0
    } else if (size >= rest) {
      counts[k] = remaining
      remaining = 0
    } else {
      const c = binomialSample(remaining, size / rest, random)
      counts[k] = c
      remaining -= c
    }
    rest -= size
  }
}
