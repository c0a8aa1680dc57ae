import type { AgreementReport, CoefficientRow } from '../../../shared/agreement/agreementTypes'
import { formatCoefficient } from '../../../shared/agreement/agreementHtml'

const NAMES: Record<CoefficientRow['coefficient'], string> = {
  krippendorff_alpha: 'Krippendorff’s α',
  unitized_alpha: 'Unitized α',
  cohen_kappa: 'Cohen’s κ',
  fleiss_kappa: 'Fleiss’ κ',
  percent_agreement: 'Percent agreement',
}

type Props = {
  report: AgreementReport
  label: (dimensionId: string, value: string) => string
  titleOf: (documentId: string) => string
}

/** The coefficients table, the coincidence matrices and the unmatched spans of a report. */
export function AgreementResults({ report, label, titleOf }: Props) {
  return (
    <div className="agreement-results">
      <p role="status">
        {report.coders.length} coders, {report.documents} documents, {report.spanUnits} span units (
        {report.matchedUnits} matched). Matching rule: <strong>{report.ruleText}</strong>.
        Bootstrap: {report.resamples} resamples, seed {report.seed}.
      </p>
      {report.notCoded.length > 0 && (
        <p>Not coded by the chosen coders: {report.notCoded.join(', ')}.</p>
      )}
      <table aria-label="Agreement coefficients">
        <thead>
          <tr>
            <th scope="col">Dimension</th>
            <th scope="col">Level</th>
            <th scope="col">Coefficient</th>
            <th scope="col">Value</th>
            <th scope="col">95% CI</th>
            <th scope="col">Units</th>
            <th scope="col">Pairable values</th>
            <th scope="col">Coders</th>
          </tr>
        </thead>
        <tbody>
          {report.rows.map((row, i) => (
            <tr key={i}>
              <td>{row.dimension}</td>
              <td title={row.values}>{row.level}</td>
              <td>{NAMES[row.coefficient]}</td>
              <td>{formatCoefficient(row.value)}</td>
              <td>
                {row.ciLow === null
                  ? ''
                  : `[${formatCoefficient(row.ciLow)}, ${formatCoefficient(row.ciHigh)}]`}
              </td>
              <td>{row.units}</td>
              <td>{row.pairableValues ?? ''}</td>
              <td>{row.coders.join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {report.diagnostics
        .filter((d) => d.values.length > 0)
        .map((d) => (
          <details key={`${d.dimensionId}-${d.level}`}>
            <summary>
              Which values coders confuse: {d.dimension} ({d.level})
            </summary>
            <table aria-label={`Coincidence matrix ${d.dimension} ${d.level}`}>
              <thead>
                <tr>
                  <td />
                  {d.values.map((v) => (
                    <th key={v} scope="col">
                      {label(d.dimensionId, v)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {d.coincidence.map((row, r) => (
                  <tr key={r}>
                    <th scope="row">{label(d.dimensionId, d.values[r] ?? '')}</th>
                    {row.map((n, c) => (
                      <td key={c}>{Math.round(n * 100) / 100}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </details>
        ))}
      <details>
        <summary>Unmatched spans ({report.unmatched.length})</summary>
        <ul aria-label="Unmatched spans">
          {report.unmatched.map((u) => (
            <li key={u.id}>
              {titleOf(u.documentId)}: {u.coder}, characters {u.start}–{u.end}
            </li>
          ))}
        </ul>
      </details>
    </div>
  )
}
