import { useState } from 'react'
import type { Annotation } from '../../../shared/domain/annotation'
import type { CodeChip } from '../annotations/describeCodes'
import type { AdjudicationUnit } from './adjudicationUnits'

type Props = {
  unit: AdjudicationUnit
  index: number
  describe: (annotation: Annotation) => CodeChip[]
  onAccept: (
    unit: AdjudicationUnit,
    source: Annotation,
    reason: string,
    edit: boolean,
  ) => Promise<void>
}

/** One unit side by side: every coder's version, a reason, and the decision buttons. */
export function AdjudicationUnitRow({ unit, index, describe, onAccept }: Props) {
  const [reason, setReason] = useState('')
  const unmatched = unit.spans.length === 1
  const label = `Unit ${index + 1}`
  return (
    <li className="adjudication-unit" aria-label={label}>
      <h3>
        {label}
        {unmatched && (
          <span className="adjudication-flag">
            {' '}
            — unmatched: only {unit.spans[0]?.coder} marked this span
          </span>
        )}
      </h3>
      <div className="adjudication-versions">
        {unit.spans.map((span) => (
          <div key={span.id} className="adjudication-version">
            <p>
              <strong>{span.coder}</strong>: “{span.exact}”
            </p>
            <ul aria-label={`${span.coder}’s codes`}>
              {describe(span).map((chip) => (
                <li key={chip.dimensionId}>
                  {chip.dimensionName}: {chip.text}
                </li>
              ))}
            </ul>
            {span.memo && <p>Memo: {span.memo}</p>}
            <button type="button" onClick={() => void onAccept(unit, span, reason, false)}>
              Accept {span.coder}’s version
            </button>{' '}
            <button
              type="button"
              onClick={() => void onAccept(unit, span, reason, true)}
              aria-label={`Edit from ${span.coder}’s version`}
            >
              Edit
            </button>
          </div>
        ))}
      </div>
      <label>
        Reason{' '}
        <input
          type="text"
          value={reason}
          aria-label={`Reason for ${label}`}
          onChange={(e) => setReason(e.target.value)}
        />
      </label>
      {unit.decision && (
        <p role="status">
          Decided by {unit.decision.decidedBy} on{' '}
          {new Date(unit.decision.decidedAt).toLocaleString()}:{' '}
          {unit.decision.fromCoder ? `${unit.decision.fromCoder}’s version` : 'a new consensus'} —{' '}
          {unit.decision.reason}
        </p>
      )}
    </li>
  )
}
