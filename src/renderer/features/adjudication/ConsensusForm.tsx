import { useState } from 'react'
import type { Annotation, CodedValue } from '../../../shared/domain/annotation'
import type { Dimension } from '../../../shared/domain/codebook'
import type { ConsensusDraft } from '../../actions/adjudicationActions'
import { cleanValues } from '../../actions/annotationActions'
import { applicableValues, shownDimensions } from '../../../shared/codebook/applicableValues'
import { DimensionControl } from '../tagging/DimensionControl'
import '../tagging/tagging.css'

type Props = {
  /** The unit's spans, whose boundaries the consensus can take. */
  spans: readonly Annotation[]
  /** The version being edited, or null for a consensus written from scratch. */
  from: Annotation | null
  label: string
  projectId: string
  dimensions: readonly Dimension[]
  onSave: (draft: ConsensusDraft) => void
  onCancel: () => void
}

const UNION = 'union'
const noFocus = () => {}

/**
 * The consensus of one unit, written with the codebook's own controls (the tagging panel's
 * widgets and skip logic): from scratch, or starting from one coder's version. The boundaries
 * are one coder's span or all versions together; the reason is the unit's Reason field.
 */
export function ConsensusForm({
  spans,
  from,
  label,
  projectId,
  dimensions,
  onSave,
  onCancel,
}: Props) {
  const [values, setValues] = useState<Record<string, CodedValue>>(() => ({ ...from?.values }))
  const [memo, setMemo] = useState(from?.memo ?? '')
  const [bounds, setBounds] = useState(from?.id ?? (spans.length > 1 ? UNION : spans[0]?.id))
  const shown = shownDimensions(dimensions, values)

  const range = (): { start: number; end: number } => {
    const chosen = spans.find((s) => s.id === bounds)
    if (chosen) return { start: chosen.start, end: chosen.end }
    return {
      start: Math.min(...spans.map((s) => s.start)),
      end: Math.max(...spans.map((s) => s.end)),
    }
  }

  return (
    <form
      className="adjudication-consensus"
      aria-label={`Consensus for ${label}`}
      onSubmit={(e) => {
        e.preventDefault()
        onSave({ ...range(), values: cleanValues(applicableValues(dimensions, values)), memo })
      }}
    >
      <p className="adjudication-consensus__from">
        {from ? `Editing from ${from.coder}’s version` : 'Free-form consensus'}
      </p>
      <label className="nc-tag__field">
        <span className="nc-tag__label">Boundaries</span>
        <select value={bounds} onChange={(e) => setBounds(e.target.value)}>
          {spans.map((s) => (
            <option key={s.id} value={s.id}>
              {s.coder}’s span
            </option>
          ))}
          {spans.length > 1 && <option value={UNION}>All versions together</option>}
        </select>
      </label>
      {shown.map((d) => (
        <DimensionControl
          key={d.id}
          dimension={d}
          projectId={projectId}
          value={values[d.id]}
          onChange={(v) => setValues((current) => ({ ...current, [d.id]: v }))}
          focusRef={noFocus}
        />
      ))}
      <label className="nc-tag__field">
        <span className="nc-tag__label">Consensus memo</span>
        <textarea rows={2} value={memo} onChange={(e) => setMemo(e.target.value)} />
      </label>
      <div className="modal-actions">
        <button type="submit">Save consensus</button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}
