import { useState } from 'react'
import type { CodeValue, Dimension } from '../../../shared/domain/codebook'
import { SubDialog } from './SubDialog'
import { ValueOptions } from './ValueOptions'

type Props = {
  dimension: Dimension
  value: CodeValue
  onClose: () => void
  onMerge: (intoId: string) => void
}

/** Chooses the value that `value` merges into; every coding of it moves there, undoably. */
export function MergeValueDialog({ dimension, value, onClose, onMerge }: Props) {
  const others = dimension.values.filter((v) => v.id !== value.id)
  const [intoId, setIntoId] = useState(others[0]?.id ?? '')
  return (
    <SubDialog title={`Merge “${value.label}”`} onClose={onClose}>
      <p>
        Every span and article coded “{value.label}” gets the chosen value instead; “{value.label}”
        leaves the codebook.
      </p>
      <label className="cb-field">
        <span>Merge into</span>
        <select value={intoId} onChange={(e) => setIntoId(e.target.value)}>
          <ValueOptions dimension={dimension} exceptId={value.id} />
        </select>
      </label>
      <div className="modal-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="primary"
          disabled={intoId === ''}
          onClick={() => onMerge(intoId)}
        >
          Merge
        </button>
      </div>
    </SubDialog>
  )
}
