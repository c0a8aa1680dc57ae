import { useId } from 'react'
import { NO_FILTERS, type DocumentFilters } from './filterDocuments'

type DocumentFilterControlsProps = {
  filters: DocumentFilters
  onFilters: (filters: DocumentFilters) => void
  outlets: string[]
  attributes: string[]
}

/**
 * Filters of the document list, folded away until needed: outlet, a date range, and an attribute
 * (a table column kept at import) with an optional value. The summary counts the active ones.
 */
export function DocumentFilterControls(props: DocumentFilterControlsProps) {
  const { filters, onFilters, outlets, attributes } = props
  const id = useId()
  const active = Object.values(filters).filter((v) => v !== '').length
  const set = (patch: Partial<DocumentFilters>) => onFilters({ ...filters, ...patch })
  return (
    <details className="document-filters" open={active > 0 ? true : undefined}>
      <summary>{active > 0 ? `Filters (${active})` : 'Filters'}</summary>
      <div className="filter-grid">
        <label htmlFor={`${id}-outlet`}>Outlet</label>
        <select
          id={`${id}-outlet`}
          value={filters.outlet}
          onChange={(e) => set({ outlet: e.target.value })}
        >
          <option value="">Any outlet</option>
          {outlets.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-from`}>From date</label>
        <input
          id={`${id}-from`}
          type="date"
          value={filters.from}
          onChange={(e) => set({ from: e.target.value })}
        />
        <label htmlFor={`${id}-to`}>To date</label>
        <input
          id={`${id}-to`}
          type="date"
          value={filters.to}
          onChange={(e) => set({ to: e.target.value })}
        />
        <label htmlFor={`${id}-attribute`}>Attribute</label>
        <select
          id={`${id}-attribute`}
          value={filters.attribute}
          onChange={(e) => set({ attribute: e.target.value })}
        >
          <option value="">Any attribute</option>
          {attributes.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-value`}>Attribute value</label>
        <input
          id={`${id}-value`}
          type="search"
          value={filters.attributeValue}
          disabled={filters.attribute === ''}
          placeholder="Any value"
          onChange={(e) => set({ attributeValue: e.target.value })}
        />
      </div>
      {active > 0 && (
        <button type="button" onClick={() => onFilters(NO_FILTERS)}>
          Clear filters
        </button>
      )}
    </details>
  )
}
