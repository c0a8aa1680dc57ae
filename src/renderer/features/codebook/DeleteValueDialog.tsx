import { useEffect, useState } from 'react'
import type { CodeValue, Dimension } from '../../../shared/domain/codebook'
import { countValueUsage } from '../../actions/codebookActions'
import { errorMessage } from '../shell/errorMessage'
import { SubDialog } from './SubDialog'
import { ValueOptions } from './ValueOptions'

type Props = {
  projectId: string
  dimension: Dimension
  value: CodeValue
  onClose: () => void
  /** Deletes the value, merging its codings into a value, or clearing them (null). */
  onDelete: (mergeInto: string | null) => void
}

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`

/**
 * Deleting a value: says how many annotations (and article codings) use it and, if any do, asks
 * whether to merge them into another value or to clear it from them. Undo restores either.
 */
export function DeleteValueDialog({ projectId, dimension, value, onClose, onDelete }: Props) {
  const [usage, setUsage] = useState<{ annotations: number; articleCodings: number } | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [choice, setChoice] = useState<'merge' | 'clear'>(() =>
    dimension.values.length > 1 ? 'merge' : 'clear',
  )
  const others = dimension.values.filter((v) => v.id !== value.id)
  const [intoId, setIntoId] = useState(others[0]?.id ?? '')

  useEffect(() => {
    countValueUsage(projectId, dimension.id, value.id).then(setUsage, (e) =>
      setProblem(errorMessage(e)),
    )
  }, [projectId, dimension.id, value.id])

  const used = usage !== null && usage.annotations + usage.articleCodings > 0
  const uses = usage
    ? [
        usage.annotations > 0 || usage.articleCodings === 0
          ? plural(usage.annotations, 'annotation')
          : '',
        usage.articleCodings > 0 ? plural(usage.articleCodings, 'article coding') : '',
      ]
        .filter((s) => s !== '')
        .join(' and ')
    : ''
  return (
    <SubDialog title={`Delete “${value.label}”`} onClose={onClose}>
      {problem && (
        <p role="alert" className="form-error">
          {problem}
        </p>
      )}
      {usage === null && !problem && <p role="status">Counting its uses…</p>}
      {usage && (
        <p role="status">
          {used
            ? `“${value.label}” is used by ${uses}.`
            : `“${value.label}” is not used by any annotation.`}
        </p>
      )}
      {used && (
        <fieldset className="choice-group">
          <legend>What happens to those codings</legend>
          <label className="choice">
            <input
              type="radio"
              name="migration"
              checked={choice === 'merge'}
              disabled={others.length === 0}
              onChange={() => setChoice('merge')}
            />
            Merge into …
          </label>
          <label className="cb-field cb-indent">
            <span>Merge into value</span>
            <select
              value={intoId}
              disabled={choice !== 'merge'}
              onChange={(e) => setIntoId(e.target.value)}
            >
              <ValueOptions dimension={dimension} exceptId={value.id} />
            </select>
          </label>
          <label className="choice">
            <input
              type="radio"
              name="migration"
              checked={choice === 'clear'}
              onChange={() => setChoice('clear')}
            />
            Clear it from those annotations
          </label>
        </fieldset>
      )}
      <div className="modal-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="primary"
          disabled={usage === null || (used && choice === 'merge' && intoId === '')}
          onClick={() => onDelete(used && choice === 'merge' ? intoId : null)}
        >
          Delete value
        </button>
      </div>
    </SubDialog>
  )
}
