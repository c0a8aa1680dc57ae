import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { useSession } from '../../state/sessionStore'
import { setDocumentOrder } from '../articleCoding/documentOrderStore'
import { matchesStatusFilter, type StatusFilter } from '../articleCoding/statusFilter'
import { StatusFilterSelect } from '../articleCoding/StatusFilterSelect'
import { useCodingStatuses } from '../articleCoding/useCodingStatuses'
import { DocumentFilterControls } from './DocumentFilterControls'
import { DocumentListControls } from './DocumentListControls'
import { useSampleIds } from '../reliability/useSampleIds'
import { DocumentOption } from './DocumentOption'
import { EditMetadataDialog } from './EditMetadataDialog'
import { filterChoices, filterDocuments, NO_FILTERS, type DocumentFilters } from './filterDocuments'
import { sortDocuments, type DocumentSort } from './sortDocuments'
import { useListSelection, type SelectMode } from './useListSelection'
import { useProjectDocuments } from './useProjectDocuments'
import { useTextSearch } from './useTextSearch'
import './documents.css'

/** Fixed row height (title line + outlet · date line); fixed so rows never need measuring. */
const ROW_HEIGHT = 52

/**
 * The open project's articles as a virtualised, multi-selectable listbox: only visible rows are
 * in the DOM, so 20,000 articles scroll smoothly. Search covers title, outlet and (through the
 * text-search worker) the texts; filters narrow by outlet, dates and attributes. Focus stays on
 * the listbox; arrow keys move the active row (aria-activedescendant), Enter or a click opens it,
 * Space and Ctrl/⌘+click add it to the selection, Shift+click selects a range; "Edit metadata"
 * then sets outlet, date and author of all selected documents.
 */
export function DocumentList() {
  const projectId = useSession((s) => s.projectId)
  const documentId = useSession((s) => s.documentId)
  const openDocument = useSession((s) => s.openDocument)
  const documents = useProjectDocuments(projectId)
  const [query, setQuery] = useState('')
  const [sort, setSort] = useState<DocumentSort>({ key: 'title', direction: 'asc' })
  const [filters, setFilters] = useState<DocumentFilters>(NO_FILTERS)
  const [activeIndex, setActiveIndex] = useState(0)
  const [editing, setEditing] = useState(false)
  const scrollRef = useRef<HTMLDivElement>(null)

  // Changes when documents are added or removed, so the text index catches up.
  const version = useMemo(
    () => `${documents?.length ?? 0}:${Math.max(0, ...(documents ?? []).map((d) => d.createdAt))}`,
    [documents],
  )
  const textHits = useTextSearch(projectId, query, version)
  const choices = useMemo(() => filterChoices(documents ?? []), [documents])
  const coder = useSession((s) => s.coder)
  const statuses = useCodingStatuses(projectId, coder)
  const sampleIds = useSampleIds(projectId)
  const [statusFilter, setStatusFilter] = useState<StatusFilter>('all')
  const rows = useMemo(
    () =>
      sortDocuments(filterDocuments(documents ?? [], filters), query, sort, textHits).filter((d) =>
        matchesStatusFilter(statuses.get(d.id), statusFilter),
      ),
    [documents, filters, query, sort, textHits, statuses, statusFilter],
  )
  // "Complete and next" follows the order and filters the coder sees here.
  useEffect(() => setDocumentOrder(rows.map((d) => d.id)), [rows])
  const { selected, select } = useListSelection(rows)
  const isSelected = (id: string) => (selected.size > 0 ? selected.has(id) : id === documentId)
  const selectedDocs = (documents ?? []).filter((d) => isSelected(d.id))

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  })
  const active = Math.min(activeIndex, rows.length - 1)
  const activeRow = rows[active]

  function moveTo(index: number) {
    const next = Math.max(0, Math.min(rows.length - 1, index))
    setActiveIndex(next)
    virtualizer.scrollToIndex(next)
  }

  function pick(index: number, id: string, mode: SelectMode) {
    setActiveIndex(index)
    select(id, mode)
    if (mode === 'single') openDocument(id)
  }

  function onKeyDown(event: KeyboardEvent) {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 0) / ROW_HEIGHT))
    const moves: Record<string, number> = {
      ArrowDown: active + 1,
      ArrowUp: active - 1,
      PageDown: active + page,
      PageUp: active - page,
      Home: 0,
      End: rows.length - 1,
    }
    const target = moves[event.key]
    if (target !== undefined) {
      event.preventDefault()
      moveTo(target)
    } else if (event.key === 'Enter' && activeRow) {
      event.preventDefault()
      pick(active, activeRow.id, 'single')
    } else if (event.key === ' ' && activeRow) {
      event.preventDefault()
      // The first Space keeps the open article in the selection it starts.
      if (selected.size === 0 && documentId !== null && documentId !== activeRow.id) {
        select(documentId, 'single')
      }
      select(activeRow.id, selected.size === 0 && documentId === activeRow.id ? 'single' : 'toggle')
    }
  }

  const total = documents?.length ?? 0
  const optionId = (id: string) => `document-option-${id}`
  const narrowed = query.trim() !== '' || filters !== NO_FILTERS || statusFilter !== 'all'

  return (
    <section className="document-list" aria-label="Documents">
      <DocumentListControls query={query} onQuery={setQuery} sort={sort} onSort={setSort} />
      <div className="document-controls">
        <DocumentFilterControls
          filters={filters}
          onFilters={setFilters}
          outlets={choices.outlets}
          attributes={choices.attributes}
        />
        <StatusFilterSelect value={statusFilter} onChange={setStatusFilter} />
      </div>
      <div className="list-actions">
        <p className="list-count" aria-live="polite">
          {rows.length === total && !narrowed
            ? `${total} ${total === 1 ? 'article' : 'articles'}`
            : `${rows.length} of ${total} articles`}
        </p>
        <p className="list-count">
          {[
            selected.size > 1 ? `${selected.size} selected` : '',
            query.trim() !== '' && textHits === null ? 'Searching texts…' : '',
          ]
            .filter(Boolean)
            .join(' · ')}
        </p>
        <button type="button" disabled={selectedDocs.length === 0} onClick={() => setEditing(true)}>
          Edit metadata
        </button>
      </div>
      <div
        ref={scrollRef}
        className="document-scroll"
        role="listbox"
        aria-label="Articles"
        aria-multiselectable="true"
        tabIndex={0}
        aria-activedescendant={activeRow ? optionId(activeRow.id) : undefined}
        onKeyDown={onKeyDown}
        onFocus={(event) => {
          // Keyboard navigation starts from the open article, not from the top.
          if (event.target !== event.currentTarget) return
          const open = rows.findIndex((d) => d.id === documentId)
          if (open >= 0) setActiveIndex(open)
        }}
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const doc = rows[item.index]
            if (!doc) return null
            return (
              <DocumentOption
                key={doc.id}
                id={optionId(doc.id)}
                document={doc}
                status={statuses.get(doc.id) ?? 'not_started'}
                inSample={sampleIds.has(doc.id)}
                selected={isSelected(doc.id)}
                active={item.index === active}
                position={item.index + 1}
                setSize={rows.length}
                top={item.start}
                height={ROW_HEIGHT}
                onPick={(mode) => pick(item.index, doc.id, mode)}
              />
            )
          })}
        </div>
      </div>
      {documents !== undefined && total > 0 && rows.length === 0 && (
        <p className="hint list-empty">No article matches the search and filters.</p>
      )}
      {editing && <EditMetadataDialog documents={selectedDocs} onClose={() => setEditing(false)} />}
    </section>
  )
}
