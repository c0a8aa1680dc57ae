import { alphaFromCoincidence } from './alphaFromCoincidence'
import { coincidenceMatrix, unitCoincidences } from './coincidenceMatrix'
import { indexReliabilityData } from './indexReliabilityData'
import type { AlphaOptions, AlphaResult, MeasurementLevel, ReliabilityData } from './types'

/**
 * Krippendorff's alpha for reliability data of any number of coders with missing values, computed
 * through the coincidence matrix as in Krippendorff (2011), "Computing Krippendorff's
 * Alpha-Reliability" (Annenberg School for Communication Departmental Papers 43): units coded by
 * fewer than two coders are dropped; α = 1 − Do/De with the difference function of `level`
 * (see `squaredDifferences`). `data` is coders × units, null where a coder did not code a unit;
 * `options.order` orders string values for the ordinal level.
 *
 * Returns α with Do, De, the number of pairable units and values and the coincidence matrix.
 * Edge cases: α = 1 when coders agree perfectly and the data vary; α = NaN (undefined) when there
 * are no pairable values or no variation at all (a single value everywhere: Do = De = 0), since
 * such data cannot tell reliable from unreliable coding. Runs in O(values + units·d² + V²) for
 * d distinct values per unit and V distinct values overall.
 */
export function krippendorffAlpha(
  data: ReliabilityData,
  level: MeasurementLevel,
  options: AlphaOptions = {},
): AlphaResult {
  const indexed = indexReliabilityData(data, level, options)
  const { values } = indexed
  const unitCount = indexed.unitStarts.length - 1
  const matrix = coincidenceMatrix(unitCoincidences(indexed))
  const parts = alphaFromCoincidence(matrix, values, level)
  const size = values.length
  const coincidence = Array.from({ length: size }, (_, c) =>
    Array.from(matrix.subarray(c * size, (c + 1) * size)),
  )
  return {
    alpha: parts.alpha,
    observedDisagreement: parts.observedDisagreement,
    expectedDisagreement: parts.expectedDisagreement,
    units: unitCount,
    pairableValues: parts.pairableValues,
    values,
    coincidence,
    level,
  }
}
