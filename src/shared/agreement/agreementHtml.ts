import type { AgreementReport, CoefficientRow } from './agreementTypes'

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] as string)
}

const NAMES: Record<CoefficientRow['coefficient'], string> = {
  krippendorff_alpha: 'Krippendorff’s α',
  unitized_alpha: 'Unitized α (αU)',
  cohen_kappa: 'Cohen’s κ',
  fleiss_kappa: 'Fleiss’ κ',
  percent_agreement: 'Percent agreement',
}

/** A coefficient for people: three decimals, "undefined" for NaN. */
export function formatCoefficient(value: number | null): string {
  if (value === null) return ''
  return Number.isFinite(value) ? value.toFixed(3) : 'undefined'
}

function rowHtml(row: CoefficientRow): string {
  const ci =
    row.ciLow === null ? '' : `[${formatCoefficient(row.ciLow)}, ${formatCoefficient(row.ciHigh)}]`
  const cells = [
    row.dimension,
    `${row.level} (${row.values})`,
    NAMES[row.coefficient],
    formatCoefficient(row.value),
    ci,
    String(row.units),
    row.pairableValues === null ? '' : String(row.pairableValues),
    row.coders.join(', '),
  ]
  return `<tr>${cells.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`
}

/**
 * A self-contained, printable HTML page of an agreement report for a methods section: a
 * paragraph stating the coders, documents, span units, matching rule, bootstrap method and seed,
 * then a table of every coefficient with its CI, units and pairable values. `title` names the
 * project; `date` is printed as given (the caller decides the format). All text is escaped.
 */
export function agreementHtml(report: AgreementReport, title: string, date: string): string {
  const coders = report.coders.map(escapeHtml).join(', ')
  const method =
    `${report.coders.length} coders (${coders}) coded ${report.documents} documents. ` +
    `Spans were matched across coders by the rule “${escapeHtml(report.ruleText)}”: ` +
    `${report.spanUnits} span units, ${report.matchedUnits} of them coded by two or more coders, ` +
    `${report.unmatched.length} spans unmatched. Span boundaries: Krippendorff’s unitized alpha ` +
    `(2004) with the documents as one continuum. Code agreement: Krippendorff’s alpha (2011) at ` +
    `each variable’s level of measurement; ordinal scales also nominally with unranked values. ` +
    `Confidence intervals: ${Math.round(report.confidence * 100)}% percentile bootstrap over ` +
    `units, ${report.resamples} resamples, seed ${report.seed}.` +
    (report.notCoded.length > 0
      ? ` Not coded by the chosen coders: ${report.notCoded.map(escapeHtml).join(', ')}.`
      : '')
  const header = [
    'Variable',
    'Level (values compared)',
    'Coefficient',
    'Value',
    `${Math.round(report.confidence * 100)}% CI`,
    'Units',
    'Pairable values',
    'Coders',
  ]
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Inter-coder reliability — ${escapeHtml(title)}</title>
<style>body{font:11pt/1.4 Georgia,serif;max-width:60rem;margin:2rem auto;color:#111}
table{border-collapse:collapse;width:100%;font-size:10pt}th,td{border-bottom:1px solid #999;padding:.25rem .5rem;text-align:left}
th{border-bottom:2px solid #111}td:nth-child(4),td:nth-child(6),td:nth-child(7){text-align:right}</style>
</head><body>
<h1>Inter-coder reliability: ${escapeHtml(title)}</h1>
<p>${escapeHtml(date)}. Matching rule: <strong>${escapeHtml(report.ruleText)}</strong>. Seed: <strong>${report.seed}</strong>.</p>
<p>${method}</p>
<table><thead><tr>${header.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead>
<tbody>${report.rows.map(rowHtml).join('\n')}</tbody></table>
</body></html>
`
}
