import { useState } from 'react'
import type { Dimension } from '../../../shared/domain/codebook'
import type { CodebookChange } from '../../../shared/codebook/codebookChange'
import { CHOICE_KINDS } from '../../../shared/codebook/dimensionOps'
import type { DimensionPatch } from '../../../shared/codebook/dimensionOps'
import { CommitField } from './CommitField'
import { KindOptions } from './kindOptions'
import { SkipLogicEditor } from './SkipLogicEditor'
import { SubDialog } from './SubDialog'
import { ValueTree } from './ValueTree'

type Props = {
  projectId: string
  dimension: Dimension
  dimensions: readonly Dimension[]
  edit: (change: CodebookChange) => Promise<boolean>
}

/** Everything about one dimension: name, column, instruction, kind, scope, skip logic, values. */
export function DimensionEditor({ projectId, dimension, dimensions, edit }: Props) {
  const [confirmDelete, setConfirmDelete] = useState(false)
  const patch = (p: DimensionPatch) =>
    void edit({ kind: 'update-dimension', dimensionId: dimension.id, patch: p })
  return (
    <section className="cb-dimension" aria-label={`Dimension ${dimension.name}`}>
      <div className="cb-grid">
        <CommitField
          label="Dimension name"
          value={dimension.name}
          maxLength={200}
          onCommit={(name) => patch({ name })}
        />
        <CommitField
          label="Export column"
          value={dimension.column}
          maxLength={80}
          onCommit={(column) => patch({ column })}
        />
        <label className="cb-field">
          <span>Kind</span>
          <select
            value={dimension.kind}
            onChange={(e) => patch({ kind: e.target.value as Dimension['kind'] })}
          >
            <KindOptions />
          </select>
        </label>
        <label className="cb-field">
          <span>Applies to</span>
          <select
            value={dimension.scope}
            onChange={(e) => patch({ scope: e.target.value as Dimension['scope'] })}
          >
            <option value="span">Spans</option>
            <option value="article">Whole article</option>
          </select>
        </label>
      </div>
      <CommitField
        label="Coding instruction"
        multiline
        value={dimension.description}
        onCommit={(description) => patch({ description })}
      />
      <label className="choice">
        <input
          type="checkbox"
          checked={dimension.required}
          onChange={(e) => patch({ required: e.target.checked })}
        />
        Required
      </label>
      <SkipLogicEditor
        dimension={dimension}
        dimensions={dimensions}
        onChange={(showWhen) => patch({ showWhen })}
      />
      {CHOICE_KINDS.has(dimension.kind) && (
        <ValueTree projectId={projectId} dimension={dimension} edit={edit} />
      )}
      <div className="cb-actions">
        <button type="button" className="danger-quiet" onClick={() => setConfirmDelete(true)}>
          Delete dimension
        </button>
      </div>
      {confirmDelete && (
        <SubDialog title={`Delete “${dimension.name}”?`} onClose={() => setConfirmDelete(false)}>
          <p>
            The dimension leaves the codebook and the exports. Codes already given for it stay
            stored in the annotations, and Undo brings the dimension back with them.
          </p>
          <div className="modal-actions">
            <button type="button" onClick={() => setConfirmDelete(false)}>
              Cancel
            </button>
            <button
              type="button"
              className="primary"
              onClick={() => {
                setConfirmDelete(false)
                void edit({ kind: 'delete-dimension', dimensionId: dimension.id })
              }}
            >
              Delete dimension
            </button>
          </div>
        </SubDialog>
      )}
    </section>
  )
}
