import type { CodeFilter } from '../../state/sessionStore'
import type { CodeFilterOption } from './codeFilterOptions'

type Props = {
  options: readonly CodeFilterOption[]
  filter: CodeFilter
  onChange: (filter: CodeFilter) => void
}

// Option values must encode two strings; JSON keeps any characters in ids unambiguous.
const encode = (dimensionId: string, value: string) => JSON.stringify([dimensionId, value])

/** The "Filter by code" select: all spans, or only those carrying one used value. */
export function CodeFilterSelect({ options, filter, onChange }: Props) {
  const current = filter ? encode(filter.dimensionId, filter.value) : ''
  // A filter on a value no longer used stays visible as an option, so the select never lies.
  const missing = filter && !options.some((o) => encode(o.dimensionId, o.value) === current)
  return (
    <label className="nc-annotations__filter">
      <span>Filter by code</span>
      <select
        value={current}
        onChange={(e) => {
          if (e.target.value === '') return onChange(null)
          const [dimensionId, value] = JSON.parse(e.target.value) as [string, string]
          onChange({ dimensionId, value })
        }}
      >
        <option value="">All codes</option>
        {missing && filter && <option value={current}>{filter.value}</option>}
        {options.map((o) => (
          <option key={encode(o.dimensionId, o.value)} value={encode(o.dimensionId, o.value)}>
            {o.label}
          </option>
        ))}
      </select>
    </label>
  )
}
