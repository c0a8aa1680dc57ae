import { alphaFromCoincidence } from './alphaFromCoincidence'
import { coincidenceMatrix, unitCoincidences } from './coincidenceMatrix'
import { indexReliabilityData } from './indexReliabilityData'
import { multinomialCounts } from './multinomialCounts'
import { mulberry32 } from './mulberry32'
import { unitPatterns } from './unitPatterns'
import type { AlphaOptions, MeasurementLevel, ReliabilityData } from './types'

/** Options of `bootstrapAlpha`. */
export type BootstrapOptions = AlphaOptions & {
  /** Number of bootstrap resamples; default 1,000. */
  resamples?: number
  /** Seed of the generator (an integer, taken modulo 2³²); default 1. Report it with the CI. */
  seed?: number
  /** Confidence level of the interval, between 0 and 1; default 0.95. */
  confidence?: number
}

/** Alpha with a bootstrap confidence interval. */
export type BootstrapAlphaResult = {
  /** Krippendorff's alpha of the data themselves. */
  alpha: number
  /** Lower bound of the percentile interval. */
  lower: number
  /** Upper bound of the percentile interval. */
  upper: number
  /** Resamples in which alpha was defined (resamples without variation are left out). */
  resamples: number
  seed: number
  confidence: number
}

/** Quantile p of sorted values by linear interpolation between order statistics (type 7). */
function quantile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN
  const h = (sorted.length - 1) * p
  const lo = Math.floor(h)
  const a = sorted[lo] as number
  const b = sorted[Math.min(lo + 1, sorted.length - 1)] as number
  return a + (h - lo) * (b - a)
}

/**
 * A seeded, reproducible percentile bootstrap for Krippendorff's alpha. Method: the nonparametric
 * bootstrap of Efron & Tibshirani (1993, "An Introduction to the Bootstrap", ch. 13) over units —
 * each resample draws as many pairable units as the data have, with replacement, keeping each
 * unit's values (and missing values) together, and computes alpha on it exactly as
 * `krippendorffAlpha` does (coincidences summed over the drawn units, De recomputed). The interval
 * is the (1 − confidence)/2 and (1 + confidence)/2 quantiles of the resampled alphas (linear
 * interpolation, Hyndman & Fan 1996 type 7).
 *
 * Why units rather than the KALPHA macro's algorithm (Hayes & Krippendorff 2007, which resamples
 * pairs of values from the coincidence matrix): units are what a reliability study samples, and
 * the values within a unit are not independent; resampling pairs treats them as independent and
 * has been criticised for understating the standard error (Gwet 2015, "Standard error of
 * Krippendorff's alpha coefficient", inter-rater-reliability.blogspot.com). Intervals therefore
 * differ from KALPHA's printed ones. A resample's alpha depends only on how often each unit
 * pattern (units holding the same values, `unitPatterns`) was drawn, and those counts of n draws
 * with replacement follow the multinomial distribution over the patterns' sizes; they are drawn
 * as such (`multinomialCounts`), which costs a few binomial draws per pattern instead of n uniform
 * draws. The draws come from `mulberry32(seed)`, so the same data,
 * level, seed and options always give the same interval. Returns alpha, the bounds, and the number
 * of resamples in which alpha was defined (NaN bounds if none). Throws a RangeError for a
 * non-integer or non-positive `resamples`, a non-integer `seed` or a `confidence` outside (0, 1).
 */
export function bootstrapAlpha(
  data: ReliabilityData,
  level: MeasurementLevel,
  options: BootstrapOptions = {},
): BootstrapAlphaResult {
  const { resamples = 1000, seed = 1, confidence = 0.95 } = options
  if (!Number.isInteger(resamples) || resamples < 1) {
    throw new RangeError(`resamples must be a positive integer, got ${resamples}`)
  }
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`)
  if (!(confidence > 0 && confidence < 1)) {
    throw new RangeError(`confidence must lie between 0 and 1, got ${confidence}`)
  }
  const indexed = indexReliabilityData(data, level, options)
  const { values } = indexed
  const contributions = unitCoincidences(indexed)
  const alpha = alphaFromCoincidence(coincidenceMatrix(contributions), values, level).alpha

  // A resample's coincidences depend only on how often each unit pattern was drawn, so those
  // counts are drawn at once (multinomial over the patterns' sizes) and the matrix is summed over
  // the few patterns.
  const { patternOf, patterns } = unitPatterns(indexed)
  const patternContributions = unitCoincidences(patterns)
  const random = mulberry32(seed)
  const count = patternOf.length
  const weights = new Int32Array(patterns.unitStarts.length - 1)
  const sizes = new Int32Array(weights.length)
  for (let u = 0; u < count; u++) {
    const pattern = patternOf[u] as number
    sizes[pattern] = (sizes[pattern] as number) + 1
  }
  const alphas = new Float64Array(count > 0 ? resamples : 0)
  let defined = 0
  for (let r = 0; r < resamples && count > 0; r++) {
    multinomialCounts(count, sizes, weights, random)
    const matrix = coincidenceMatrix(patternContributions, weights)
    const resampled = alphaFromCoincidence(matrix, values, level).alpha
    if (Number.isFinite(resampled)) alphas[defined++] = resampled
  }
  const sorted = alphas.subarray(0, defined).sort()
  const tail = (1 - confidence) / 2
  return {
    alpha,
    lower: quantile(sorted, tail),
    upper: quantile(sorted, 1 - tail),
    resamples: sorted.length,
    seed,
    confidence,
  }
}
