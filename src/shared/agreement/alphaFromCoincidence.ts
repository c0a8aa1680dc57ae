import { squaredDifferences } from './squaredDifferences'
import type { CodedValue, MeasurementLevel } from './types'

/** Alpha and its parts, as computed from a coincidence matrix. */
export type AlphaParts = {
  alpha: number
  observedDisagreement: number
  expectedDisagreement: number
  pairableValues: number
}

/**
 * Krippendorff's alpha from a coincidence matrix (Krippendorff 2011, "Computing Krippendorff's
 * Alpha-Reliability"): with marginals n_c = Σk o_ck and n.. = Σc n_c,
 * Do = (1/n..) Σc Σk o_ck δ²_ck, De = (1/(n..(n.. − 1))) Σc Σk n_c n_k δ²_ck and α = 1 − Do/De.
 * Returns α with Do, De and n... α is NaN when it is undefined: no pairable values (n.. = 0), or
 * no expected disagreement (De = 0, which happens only when the data show no variation — a single
 * value everywhere — and then Do = 0 too). Such data say nothing about reliability; Newscoder
 * reports "undefined" rather than 1 (perfect) or 0 (chance), which both would misreport it.
 */
export function alphaFromCoincidence(
  matrix: Float64Array,
  values: readonly CodedValue[],
  level: MeasurementLevel,
): AlphaParts {
  const size = values.length
  const marginals = new Float64Array(size)
  let n = 0
  for (let c = 0; c < size; c++) {
    let sum = 0
    for (let k = 0; k < size; k++) sum += matrix[c * size + k] as number
    marginals[c] = sum
    n += sum
  }
  if (n === 0) {
    return { alpha: NaN, observedDisagreement: NaN, expectedDisagreement: NaN, pairableValues: 0 }
  }
  const delta = squaredDifferences(level, values, marginals)
  let observed = 0
  let expected = 0
  for (let c = 0; c < size; c++) {
    const nc = marginals[c] as number
    for (let k = 0; k < size; k++) {
      const d = delta[c * size + k] as number
      if (d === 0) continue
      observed += (matrix[c * size + k] as number) * d
      expected += nc * (marginals[k] as number) * d
    }
  }
  const observedDisagreement = observed / n
  const expectedDisagreement = expected / (n * (n - 1))
  const alpha = expected === 0 ? NaN : 1 - observedDisagreement / expectedDisagreement
  return { alpha, observedDisagreement, expectedDisagreement, pairableValues: n }
}
