import type { Ref } from 'react'
import { useId } from 'react'
import type { CodeValue, Dimension } from '../../../shared/domain/codebook'

type Props = {
  dimension: Dimension
  value: string | null
  onChange: (value: string | null) => void
  focusRef?: Ref<HTMLSelectElement>
}

type Group = { parent: CodeValue; children: CodeValue[] }

// Values whose parent is missing from the codebook are shown at the top level, never hidden.
function groupValues(values: readonly CodeValue[]): Group[] {
  const ids = new Set(values.map((v) => v.id))
  const groups: Group[] = []
  const byId = new Map<string, Group>()
  for (const v of values) {
    if (v.parentId !== null && ids.has(v.parentId)) continue
    const group = { parent: v, children: [] }
    groups.push(group)
    byId.set(v.id, group)
  }
  for (const v of values) {
    if (v.parentId !== null) byId.get(v.parentId)?.children.push(v)
  }
  return groups
}

/**
 * A select for a single-choice dimension. Hierarchical codes become optgroups whose first option
 * is the parent itself ("Official / government (general)"), for a source known only by its kind;
 * every option's label is the value's own label, so it can be chosen by name.
 */
export function ChoiceSelect({ dimension, value, onChange, focusRef }: Props) {
  const id = useId()
  return (
    <div className="nc-tag__field">
      <label htmlFor={id} className="nc-tag__label">
        {dimension.name}
      </label>
      <select
        id={id}
        ref={focusRef}
        value={value ?? ''}
        title={dimension.description || undefined}
        onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}
      >
        <option value="">—</option>
        {groupValues(dimension.values).map(({ parent, children }) =>
          children.length === 0 ? (
            <option key={parent.id} value={parent.id}>
              {parent.label}
            </option>
          ) : (
            <optgroup key={parent.id} label={parent.label}>
              <option value={parent.id}>{`${parent.label} (general)`}</option>
              {children.map((child) => (
                <option key={child.id} value={child.id}>
                  {child.label}
                </option>
              ))}
            </optgroup>
          ),
        )}
      </select>
    </div>
  )
}
