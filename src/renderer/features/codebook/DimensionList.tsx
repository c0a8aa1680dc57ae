import { useState } from 'react'
import type { Dimension } from '../../../shared/domain/codebook'
import type { CodebookChange } from '../../../shared/codebook/codebookChange'
import { kindName } from '../../../shared/codebook/describeCodebookChange'
import { AddDimensionForm } from './AddDimensionForm'

type Props = {
  dimensions: readonly Dimension[]
  selectedId: string | null
  onSelect: (id: string) => void
  edit: (change: CodebookChange) => Promise<boolean>
}

/** One line about a dimension: its kind, scope and whether it is required. */
export function dimensionSummary(d: Dimension): string {
  const scope = d.scope === 'span' ? 'spans' : 'article'
  return `${kindName(d.kind)} · ${scope}${d.required ? ' · required' : ''}`
}

/**
 * The codebook's dimensions in order: pick one to edit it; reorder by dragging a row onto
 * another or with its Move up / Move down buttons; add a dimension at the end.
 */
export function DimensionList({ dimensions, selectedId, onSelect, edit }: Props) {
  const [dragged, setDragged] = useState<string | null>(null)
  const move = (id: string, to: number) =>
    void edit({ kind: 'move-dimension', dimensionId: id, to })
  return (
    <div className="cb-dimensions">
      <h3 id="cb-dimensions-heading">Dimensions</h3>
      <ol className="cb-list" aria-labelledby="cb-dimensions-heading">
        {dimensions.map((d, index) => (
          <li
            key={d.id}
            className={d.id === selectedId ? 'cb-row is-selected' : 'cb-row'}
            draggable
            onDragStart={(e) => {
              setDragged(d.id)
              e.dataTransfer.effectAllowed = 'move'
              e.dataTransfer.setData('text/plain', d.name)
            }}
            onDragOver={(e) => {
              if (dragged !== null) e.preventDefault()
            }}
            onDrop={(e) => {
              e.preventDefault()
              if (dragged !== null && dragged !== d.id) move(dragged, index)
              setDragged(null)
            }}
            onDragEnd={() => setDragged(null)}
          >
            <button
              type="button"
              className="cb-row__main"
              aria-pressed={d.id === selectedId}
              onClick={() => onSelect(d.id)}
            >
              <span className="cb-row__name">{d.name}</span>
              <span className="cb-row__meta">{dimensionSummary(d)}</span>
            </button>
            <span className="cb-row__moves">
              <button
                type="button"
                className="icon-button"
                aria-label={`Move ${d.name} up`}
                title="Move up"
                disabled={index === 0}
                onClick={() => move(d.id, index - 1)}
              >
                ↑
              </button>
              <button
                type="button"
                className="icon-button"
                aria-label={`Move ${d.name} down`}
                title="Move down"
                disabled={index === dimensions.length - 1}
                onClick={() => move(d.id, index + 1)}
              >
                ↓
              </button>
            </span>
          </li>
        ))}
      </ol>
      {dimensions.length === 0 && (
        <p className="hint">No dimensions yet. Add the first one below.</p>
      )}
      <AddDimensionForm
        onAdd={async (name, kind, scope) => {
          const id = crypto.randomUUID()
          const ok = await edit({
            kind: 'add-dimension',
            dimensionId: id,
            name,
            dimensionKind: kind,
            scope,
          })
          if (ok) onSelect(id)
          return ok
        }}
      />
    </div>
  )
}
