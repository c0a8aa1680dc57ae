import { useId, type ReactNode } from 'react'
import type { DocumentSort, DocumentSortKey } from './sortDocuments'

type DocumentListControlsProps = {
  query: string
  onQuery: (query: string) => void
  sort: DocumentSort
  onSort: (sort: DocumentSort) => void
  /** Further filters shown below the sort row (the coding-status filter). */
  children?: ReactNode
}

/** The filter box and sort controls above the document list. */
export function DocumentListControls(props: DocumentListControlsProps) {
  const { query, onQuery, sort, onSort, children } = props
  const descending = sort.direction === 'desc'
  // A label beside (not around) the select: wrapping would fold the option texts into its name.
  const sortId = useId()
  return (
    <div className="document-controls">
      <input
        type="search"
        aria-label="Filter documents"
        placeholder="Search title, outlet and text"
        value={query}
        onChange={(e) => onQuery(e.target.value)}
      />
      <div className="sort-row">
        <label htmlFor={sortId}>Sort by</label>
        <select
          id={sortId}
          value={sort.key}
          onChange={(e) => onSort({ ...sort, key: e.target.value as DocumentSortKey })}
        >
          <option value="title">Title</option>
          <option value="outlet">Outlet</option>
          <option value="date">Date</option>
        </select>
        <button
          type="button"
          className="icon-button"
          aria-label="Descending order"
          aria-pressed={descending}
          title={
            descending ? 'Descending (click for ascending)' : 'Ascending (click for descending)'
          }
          onClick={() => onSort({ ...sort, direction: descending ? 'asc' : 'desc' })}
        >
          {descending ? '↓' : '↑'}
        </button>
      </div>
      {children}
    </div>
  )
}
