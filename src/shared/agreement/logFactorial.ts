const TABLE_SIZE = 256
const TABLE = new Float64Array(TABLE_SIZE)
for (let k = 2; k < TABLE_SIZE; k++) TABLE[k] = (TABLE[k - 1] as number) + Math.log(k)

const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI)

/**
 * ln(k!) for a non-negative integer k: a table up to 255, above it Stirling's series for
 * ln Γ(k + 1) with four correction terms (error below 1e-16 relative for k ≥ 256; Abramowitz &
 * Stegun 1964, 6.1.41). Used for binomial probabilities of large counts without overflow.
 */
export function logFactorial(k: number): number {
  if (k < TABLE_SIZE) return TABLE[k] as number
  const x = k + 1
  const x2 = x * x
  const series = 1 / (12 * x) - 1 / (360 * x * x2) + 1 / (1260 * x * x2 * x2)
  return (x - 0.5) * Math.log(x) - x + HALF_LOG_TWO_PI + series - 1 / (1680 * x * x2 * x2 * x2)
}
