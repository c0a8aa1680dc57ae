import type { CodedValue as StoredValue } from '../domain/annotation'
import type { Dimension } from '../domain/codebook'
import type { MatchingRule } from './matchingRule'

/** A span as the agreement computation needs it. */
export type AgreementSpan = {
  id: string
  documentId: string
  coder: string
  start: number
  end: number
  values: Readonly<Record<string, StoredValue>>
}

/** A coder's article-level codes of one document. */
export type AgreementArticleCoding = {
  documentId: string
  coder: string
  values: Readonly<Record<string, StoredValue>>
}

/** Everything an agreement computation reads; plain data, so it can cross to a worker. */
export type AgreementInput = {
  dimensions: readonly Dimension[]
  /** The chosen documents; `text` is needed only for the sentence rule. */
  documents: readonly { id: string; title: string; length: number; text?: string }[]
  spans: readonly AgreementSpan[]
  articleCodings: readonly AgreementArticleCoding[]
  /** The chosen coders (at least two). */
  coders: readonly string[]
  rule: MatchingRule
  /** Seed of the bootstrap generator, reported with every CI. */
  seed: number
  /** Bootstrap resamples; 1,000 by default. */
  resamples?: number
}

/** One coefficient, as a report row. */
export type CoefficientRow = {
  dimensionId: string
  dimension: string
  scope: 'span' | 'article' | 'unitizing'
  level: string
  /** What was compared ("all values", "ranked values (unranked as missing)", "span boundaries"). */
  values: string
  coefficient:
    'krippendorff_alpha' | 'cohen_kappa' | 'fleiss_kappa' | 'percent_agreement' | 'unitized_alpha'
  value: number
  ciLow: number | null
  ciHigh: number | null
  units: number
  pairableValues: number | null
  coders: string[]
}

/** The coincidence matrix of one dimension at one level: which values coders confuse. */
export type Diagnostics = {
  dimensionId: string
  dimension: string
  level: string
  values: string[]
  coincidence: number[][]
}

/** A span no other chosen coder has a matching span for. */
export type UnmatchedSpan = {
  id: string
  documentId: string
  coder: string
  start: number
  end: number
}

/** The full result of an agreement computation, with the parameters it was made under. */
export type AgreementReport = {
  coders: string[]
  documents: number
  rule: MatchingRule
  ruleText: string
  seed: number
  resamples: number
  confidence: number
  /** Span units (matched or not) over all documents. */
  spanUnits: number
  matchedUnits: number
  rows: CoefficientRow[]
  diagnostics: Diagnostics[]
  unmatched: UnmatchedSpan[]
  /** Names of the dimensions no chosen coder coded (left out of `rows` and `diagnostics`). */
  notCoded: string[]
}
