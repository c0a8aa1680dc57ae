import type { CsvProfile } from '../export/toCsv'
import { toCsv } from '../export/toCsv'
import type { AgreementReport } from './agreementTypes'

/** Columns of the agreement CSV, one row per dimension, comparison, coefficient and coder set. */
export const AGREEMENT_CSV_COLUMNS = [
  'dimension',
  'dimension_id',
  'scope',
  'level',
  'values_compared',
  'coefficient',
  'value',
  'ci_low',
  'ci_high',
  'confidence',
  'units',
  'pairable_values',
  'coders',
  'documents',
  'matching_rule',
  'seed',
  'resamples',
] as const

/** A number for the CSV: up to 6 decimals; undefined values (NaN) as `NA`, as R reads them. */
export function formatNumber(value: number | null): string {
  if (value === null) return ''
  if (!Number.isFinite(value)) return 'NA'
  return String(Math.round(value * 1e6) / 1e6)
}

/**
 * The agreement report as CSV (via `toCsv`, RFC 4180): one row per coefficient with its
 * dimension, level, value, bootstrap CI (alpha of the full coder set only), units, pairable
 * values, the coders (joined by "; "), and — on every row — the number of documents, the matching
 * rule, the seed and the number of resamples, so that a row read alone still says how it was
 * computed. Undefined coefficients are `NA`.
 */
export function agreementCsv(report: AgreementReport, profile: CsvProfile = 'analysis'): string {
  const rows = report.rows.map((row) => [
    row.dimension,
    row.dimensionId,
    row.scope,
    row.level,
    row.values,
    row.coefficient,
    formatNumber(row.value),
    formatNumber(row.ciLow),
    formatNumber(row.ciHigh),
    row.ciLow === null ? '' : String(report.confidence),
    String(row.units),
    row.pairableValues === null ? '' : String(row.pairableValues),
    row.coders.join('; '),
    String(report.documents),
    report.ruleText,
    String(report.seed),
    String(report.resamples),
  ])
  return toCsv([...AGREEMENT_CSV_COLUMNS], rows, profile)
}
