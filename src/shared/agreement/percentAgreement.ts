import { indexReliabilityData } from './indexReliabilityData'
import type { ReliabilityData } from './types'

/** Pairwise percent agreement and the counts it was computed from. */
export type PercentAgreementResult = {
  /** Agreeing pairs / pairable pairs, from 0 to 1; NaN when there are no pairable pairs. */
  agreement: number
  /** Pairs of coders who gave a unit the same value, summed over units. */
  agreeingPairs: number
  /** Pairs of coders who both coded a unit, summed over units: Σu m_u(m_u − 1)/2. */
  pairs: number
  /** Units coded by at least two coders. */
  units: number
}

/**
 * Percent agreement as the share of agreeing pairs among all pairable pairs, pooled over units
 * (the multi-coder generalisation of "proportion of agreement", Holsti 1969; it equals Cohen's
 * 1960 p_o for two coders without missing data): in a unit coded by m_u coders, n_uc of whom chose
 * c, Σc n_uc(n_uc − 1)/2 of the m_u(m_u − 1)/2 coder pairs agree. Missing values (null) pair with
 * nothing and units coded by fewer than two coders are skipped, so a unit weighs as much as it
 * has pairs. Values agree when they are identical (===). Not chance-corrected — journals expect
 * Krippendorff's alpha alongside it. Returns the agreement with its counts.
 */
export function percentAgreement(data: ReliabilityData): PercentAgreementResult {
  const { values, unitStarts, valueIndices } = indexReliabilityData(data, 'nominal')
  const units = unitStarts.length - 1
  const counts = new Int32Array(values.length)
  let agreeingPairs = 0
  let pairs = 0
  for (let u = 0; u < units; u++) {
    const start = unitStarts[u] as number
    const end = unitStarts[u + 1] as number
    const m = end - start
    pairs += (m * (m - 1)) / 2
    for (let i = start; i < end; i++) {
      const v = valueIndices[i] as number
      agreeingPairs += counts[v] as number // pairs this value forms with earlier equal values
      counts[v] = (counts[v] as number) + 1
    }
    for (let i = start; i < end; i++) counts[valueIndices[i] as number] = 0
  }
  const agreement = pairs === 0 ? NaN : agreeingPairs / pairs
  return { agreement, agreeingPairs, pairs, units }
}
