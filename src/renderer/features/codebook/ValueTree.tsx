import { useState, type FormEvent } from 'react'
import type { Dimension } from '../../../shared/domain/codebook'
import type { CodebookChange } from '../../../shared/codebook/codebookChange'
import { childValues, valueTree } from '../../../shared/codebook/valueTree'
import { ValueEditor } from './ValueEditor'

type Props = {
  projectId: string
  dimension: Dimension
  edit: (change: CodebookChange) => Promise<boolean>
}

/**
 * The values of a choice dimension as a tree of any depth (indented under their parents), each
 * with Move up / Move down among its siblings and drag and drop onto a sibling; choosing a value
 * opens its editor. New values are added at the top level or under the chosen value.
 */
export function ValueTree({ projectId, dimension, edit }: Props) {
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const [dragged, setDragged] = useState<string | null>(null)
  const [label, setLabel] = useState('')
  const selected = dimension.values.find((v) => v.id === selectedId) ?? null
  const move = (valueId: string, delta: number) =>
    void edit({ kind: 'move-value', dimensionId: dimension.id, valueId, delta })

  const add = async (e: FormEvent) => {
    e.preventDefault()
    const valueId = crypto.randomUUID()
    const ok = await edit({
      kind: 'add-value',
      dimensionId: dimension.id,
      valueId,
      label,
      parentId: null,
    })
    if (ok) {
      setLabel('')
      setSelectedId(valueId)
    }
  }

  return (
    <div className="cb-values">
      <h4 id={`cb-values-${dimension.id}`}>Values</h4>
      <ul className="cb-list" aria-labelledby={`cb-values-${dimension.id}`}>
        {valueTree(dimension.values).map(({ value, depth }) => {
          const siblings = childValues(dimension.values, value.parentId)
          const at = siblings.findIndex((s) => s.id === value.id)
          const sameParent = dragged !== null && siblings.some((s) => s.id === dragged)
          return (
            <li
              key={value.id}
              className={value.id === selectedId ? 'cb-row is-selected' : 'cb-row'}
              style={{ paddingLeft: `${depth * 20}px` }}
              draggable
              onDragStart={(e) => {
                e.stopPropagation()
                setDragged(value.id)
                e.dataTransfer.effectAllowed = 'move'
                e.dataTransfer.setData('text/plain', value.label)
              }}
              onDragOver={(e) => {
                if (sameParent) e.preventDefault()
              }}
              onDrop={(e) => {
                e.preventDefault()
                e.stopPropagation()
                if (dragged !== null && dragged !== value.id && sameParent) {
                  void edit({
                    kind: 'place-value',
                    dimensionId: dimension.id,
                    valueId: dragged,
                    targetId: value.id,
                  })
                }
                setDragged(null)
              }}
              onDragEnd={() => setDragged(null)}
            >
              <button
                type="button"
                className="cb-row__main"
                aria-pressed={value.id === selectedId}
                onClick={() => setSelectedId(value.id === selectedId ? null : value.id)}
              >
                <span
                  className={value.color ? 'cb-swatch' : 'cb-swatch is-empty'}
                  style={value.color ? { background: value.color } : undefined}
                  aria-hidden="true"
                />
                <span className="cb-row__name">{value.label}</span>
                {value.shortcut && (
                  <kbd aria-label={`shortcut ${value.shortcut}`}>{value.shortcut}</kbd>
                )}
              </button>
              <span className="cb-row__moves">
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Move ${value.label} up`}
                  title="Move up"
                  disabled={at <= 0}
                  onClick={() => move(value.id, -1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="icon-button"
                  aria-label={`Move ${value.label} down`}
                  title="Move down"
                  disabled={at === siblings.length - 1}
                  onClick={() => move(value.id, 1)}
                >
                  ↓
                </button>
              </span>
            </li>
          )
        })}
      </ul>
      <form className="cb-add" onSubmit={add} aria-label={`Add a value to ${dimension.name}`}>
        <label className="cb-field">
          <span>New value</span>
          <input value={label} maxLength={200} onChange={(e) => setLabel(e.target.value)} />
        </label>
        <button type="submit">Add value</button>
      </form>
      {selected && (
        <ValueEditor
          key={selected.id}
          projectId={projectId}
          dimension={dimension}
          value={selected}
          edit={edit}
          onRemoved={() => setSelectedId(null)}
        />
      )}
    </div>
  )
}
