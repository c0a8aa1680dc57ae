/**
 * Level of measurement of a variable. It picks alpha's difference function δ² (Krippendorff 2011,
 * "Computing Krippendorff's Alpha-Reliability", section on difference functions): nominal (0 or 1),
 * ordinal (ranks by the coincidence marginals), interval ((c − k)²) or ratio (((c − k)/(c + k))²).
 */
export type MeasurementLevel = 'nominal' | 'ordinal' | 'interval' | 'ratio'

/** A value one coder gave one unit, or null when the coder did not code that unit (missing). */
export type CodeValue = number | string | null

/** A value that was coded (not missing). */
export type CodedValue = number | string

/**
 * Reliability data in Krippendorff's (2011) canonical form: one row per coder, one column per
 * unit, null where a coder did not code a unit. Every row must have the same length.
 */
export type ReliabilityData = readonly (readonly CodeValue[])[]

/** Options shared by the alpha functions. */
export type AlphaOptions = {
  /**
   * The order of the values, lowest first. Required for ordinal data with string values (e.g.
   * "against" < "neutral" < "in favour"); numbers are otherwise ordered numerically. Every coded
   * value must appear in it.
   */
  order?: readonly CodedValue[]
}

/** Krippendorff's alpha and the quantities it was computed from (Krippendorff 2011). */
export type AlphaResult = {
  /** α = 1 − Do/De; NaN when undefined (no pairable values, or De = 0: no variation). */
  alpha: number
  /** Do = (1/n..) Σc Σk o_ck δ²_ck. */
  observedDisagreement: number
  /** De = (1/(n..(n.. − 1))) Σc Σk n_c n_k δ²_ck. */
  expectedDisagreement: number
  /** Pairable units: units coded by at least two coders. */
  units: number
  /** n..: the number of pairable values (values in pairable units). */
  pairableValues: number
  /** The values labelling the coincidence matrix's rows and columns, in order. */
  values: CodedValue[]
  /** The coincidence matrix o_ck (values × values, symmetric, summing to n..). */
  coincidence: number[][]
  /** The level of measurement used. */
  level: MeasurementLevel
}
