import { useState } from 'react'
import type { CodeValue, Dimension } from '../../../shared/domain/codebook'
import type { CodebookChange } from '../../../shared/codebook/codebookChange'
import type { ValuePatch } from '../../../shared/codebook/valueOps'
import { isSelfOrDescendant, valueTree } from '../../../shared/codebook/valueTree'
import { CommitField } from './CommitField'
import { DeleteValueDialog } from './DeleteValueDialog'
import { MergeValueDialog } from './MergeValueDialog'

type Props = {
  projectId: string
  dimension: Dimension
  value: CodeValue
  edit: (change: CodebookChange) => Promise<boolean>
  onRemoved: () => void
}

/**
 * One value's label, definition, inclusion and exclusion rules, example, colour, shortcut,
 * parent and (ordinal) score, with Merge into… and Delete value. Renaming keeps the id, so every
 * coding keeps its value.
 */
export function ValueEditor({ projectId, dimension, value, edit, onRemoved }: Props) {
  const [dialog, setDialog] = useState<'merge' | 'delete' | null>(null)
  const patch = (p: ValuePatch) =>
    void edit({ kind: 'update-value', dimensionId: dimension.id, valueId: value.id, patch: p })
  const parents = valueTree(dimension.values).filter(
    ({ value: v }) => !isSelfOrDescendant(dimension.values, v.id, value.id),
  )
  return (
    <section className="cb-value" aria-label={`Value ${value.label}`}>
      <div className="cb-grid">
        <CommitField
          label="Label"
          value={value.label}
          maxLength={200}
          onCommit={(label) => patch({ label })}
        />
        <CommitField
          label="Shortcut key"
          value={value.shortcut}
          maxLength={1}
          onCommit={(shortcut) => patch({ shortcut: shortcut.trim() })}
        />
        <label className="cb-field">
          <span>Colour</span>
          <span className="cb-colour">
            <input
              type="color"
              aria-label="Colour"
              value={/^#[0-9a-f]{6}$/i.test(value.color) ? value.color : '#ffffff'}
              onChange={(e) => patch({ color: e.target.value })}
            />
            {value.color && (
              <button type="button" onClick={() => patch({ color: '' })}>
                No colour
              </button>
            )}
          </span>
        </label>
        <label className="cb-field">
          <span>Parent</span>
          <select
            value={value.parentId ?? ''}
            onChange={(e) =>
              void edit({
                kind: 'set-value-parent',
                dimensionId: dimension.id,
                valueId: value.id,
                parentId: e.target.value === '' ? null : e.target.value,
              })
            }
          >
            <option value="">None (top level)</option>
            {parents.map(({ value: v, depth }) => (
              <option key={v.id} value={v.id}>
                {`${'  '.repeat(depth)}${v.label}`}
              </option>
            ))}
          </select>
        </label>
        {dimension.kind === 'ordinal' && (
          <CommitField
            label="Score"
            value={value.rank === null ? '' : String(value.rank)}
            placeholder="none (nominal escape)"
            onCommit={(text) => {
              const rank = text.trim() === '' ? null : Number(text)
              if (rank === null || Number.isFinite(rank)) patch({ rank })
            }}
          />
        )}
      </div>
      <CommitField
        label="Definition"
        multiline
        value={value.definition}
        onCommit={(definition) => patch({ definition })}
      />
      <CommitField
        label="Inclusion rule"
        multiline
        value={value.inclusion ?? ''}
        onCommit={(inclusion) => patch({ inclusion })}
      />
      <CommitField
        label="Exclusion rule"
        multiline
        value={value.exclusion ?? ''}
        onCommit={(exclusion) => patch({ exclusion })}
      />
      <CommitField
        label="Example"
        multiline
        value={value.example ?? ''}
        onCommit={(example) => patch({ example })}
      />
      <div className="cb-actions">
        <button
          type="button"
          disabled={dimension.values.length < 2}
          onClick={() => setDialog('merge')}
        >
          Merge into…
        </button>
        <button type="button" className="danger-quiet" onClick={() => setDialog('delete')}>
          Delete value
        </button>
      </div>
      {dialog === 'merge' && (
        <MergeValueDialog
          dimension={dimension}
          value={value}
          onClose={() => setDialog(null)}
          onMerge={async (intoId) => {
            setDialog(null)
            if (
              await edit({
                kind: 'merge-values',
                dimensionId: dimension.id,
                fromId: value.id,
                intoId,
              })
            )
              onRemoved()
          }}
        />
      )}
      {dialog === 'delete' && (
        <DeleteValueDialog
          projectId={projectId}
          dimension={dimension}
          value={value}
          onClose={() => setDialog(null)}
          onDelete={async (mergeInto) => {
            setDialog(null)
            if (
              await edit({
                kind: 'delete-value',
                dimensionId: dimension.id,
                valueId: value.id,
                mergeInto,
              })
            )
              onRemoved()
          }}
        />
      )}
    </section>
  )
}
