import { useId } from 'react'

type ColumnSelectProps = {
  label: string
  columns: readonly string[]
  value: string | undefined
  /** Whether "none" is offered (every field but the text). */
  optional: boolean
  onChange: (value: string | undefined) => void
}

/** One field of the "Map columns" step: which column holds it, or none. */
export function ColumnSelect({ label, columns, value, optional, onChange }: ColumnSelectProps) {
  // A label beside (not around) the select: wrapping would fold the option texts into its name.
  const id = useId()
  return (
    <div className="column-select">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}
      >
        {optional && <option value="">(none)</option>}
        {columns.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
    </div>
  )
}
