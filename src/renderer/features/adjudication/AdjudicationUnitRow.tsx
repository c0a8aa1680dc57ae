import { useState } from 'react'
import type { Annotation } from '../../../shared/domain/annotation'
import type { Dimension } from '../../../shared/domain/codebook'
import type { AdjudicationDecision, ConsensusDraft } from '../../actions/adjudicationActions'
import type { CodeChip } from '../annotations/describeCodes'
import type { AdjudicationUnit } from './adjudicationUnits'
import { ConsensusForm } from './ConsensusForm'

type Props = {
  unit: AdjudicationUnit
  index: number
  projectId: string
  dimensions: readonly Dimension[]
  describe: (annotation: Annotation) => CodeChip[]
  onAccept: (unit: AdjudicationUnit, source: Annotation, reason: string) => Promise<boolean>
  onWrite: (
    unit: AdjudicationUnit,
    draft: ConsensusDraft,
    from: Annotation | null,
    reason: string,
  ) => Promise<boolean>
}

/** How a recorded decision came about, in words. */
function describeDecision(decision: AdjudicationDecision): string {
  if (decision.basis === 'free-form' || decision.fromCoder === null) return 'a free-form consensus'
  if (decision.basis === 'edited') return `an edit of ${decision.fromCoder}’s version`
  return `${decision.fromCoder}’s version`
}

/**
 * One unit side by side: every coder's version, a reason, and the decisions — accept a version,
 * edit from one, or write the consensus from scratch in the consensus form.
 */
export function AdjudicationUnitRow(props: Props) {
  const { unit, index, projectId, dimensions, describe, onAccept, onWrite } = props
  const [reason, setReason] = useState('')
  // The consensus form, when open: null `from` writes from scratch.
  const [draft, setDraft] = useState<{ from: Annotation | null } | null>(null)
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
            <button type="button" onClick={() => void onAccept(unit, span, reason)}>
              Accept {span.coder}’s version
            </button>{' '}
            <button
              type="button"
              onClick={() => setDraft({ from: span })}
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
          required
          aria-label={`Reason for ${label}`}
          onChange={(e) => setReason(e.target.value)}
        />
      </label>{' '}
      {draft === null && (
        <button
          type="button"
          aria-label={`Write a consensus for ${label}`}
          onClick={() => setDraft({ from: null })}
        >
          Write a consensus
        </button>
      )}
      {draft !== null && (
        <ConsensusForm
          key={draft.from?.id ?? 'free-form'}
          spans={unit.spans}
          from={draft.from}
          label={label}
          projectId={projectId}
          dimensions={dimensions}
          onCancel={() => setDraft(null)}
          onSave={(written) =>
            void onWrite(unit, written, draft.from, reason).then((saved) => {
              if (saved) setDraft(null)
            })
          }
        />
      )}
      {unit.decision && (
        <p role="status">
          Decided by {unit.decision.decidedBy} on{' '}
          {new Date(unit.decision.decidedAt).toLocaleString()}: {describeDecision(unit.decision)} —{' '}
          {unit.decision.reason}
        </p>
      )}
    </li>
  )
}
