import type { CodedValue, MeasurementLevel } from './types'

/**
 * The difference function δ²_ck of Krippendorff (2011, "Computing Krippendorff's
 * Alpha-Reliability") for every pair of values, as a row-major values × values matrix:
 * - nominal: 0 when c = k, else 1;
 * - ordinal: (Σ_{g=c..k} n_g − (n_c + n_k)/2)², n_g being the coincidence matrix's marginals and
 *   the values ordered (only the order of the values matters, weighted by how often each was
 *   used);
 * - interval: (c − k)²;
 * - ratio: ((c − k)/(c + k))², and 0 when c + k = 0.
 * `values` must be numbers for the interval and ratio levels, in order for the ordinal level.
 */
export function squaredDifferences(
  level: MeasurementLevel,
  values: readonly CodedValue[],
  marginals: ArrayLike<number>,
): Float64Array {
  const size = values.length
  const delta = new Float64Array(size * size)
  if (level === 'ordinal') {
    // cumulative[i] = n_0 + … + n_(i−1)
    const cumulative = new Float64Array(size + 1)
    for (let i = 0; i < size; i++) {
      cumulative[i + 1] = (cumulative[i] as number) + (marginals[i] as number)
    }
    for (let c = 0; c < size; c++) {
      for (let k = c + 1; k < size; k++) {
        const between = (cumulative[k + 1] as number) - (cumulative[c] as number)
        const d = between - ((marginals[c] as number) + (marginals[k] as number)) / 2
        delta[c * size + k] = d * d
        delta[k * size + c] = d * d
      }
    }
    return delta
  }
  for (let c = 0; c < size; c++) {
    for (let k = c + 1; k < size; k++) {
      let d = 1
      if (level !== 'nominal') {
        const a = values[c] as number
        const b = values[k] as number
        const diff = a - b
        d = level === 'interval' ? diff * diff : a + b === 0 ? 0 : (diff / (a + b)) ** 2
      }
      delta[c * size + k] = d
      delta[k * size + c] = d
    }
  }
  return delta
}
