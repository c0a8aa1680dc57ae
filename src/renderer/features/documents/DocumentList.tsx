import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { useSession } from '../../state/sessionStore'
import { setDocumentOrder } from '../articleCoding/documentOrderStore'
import { useCodingStatuses } from '../articleCoding/useCodingStatuses'
import { type StatusFilter, matchesStatusFilter } from '../articleCoding/statusFilter'
import { DocumentListControls } from './DocumentListControls'
import { StatusFilterSelect } from '../articleCoding/StatusFilterSelect'
import { DocumentOption } from './DocumentOption'
import { sortDocuments, type DocumentSort } from './sortDocuments'
import { useProjectDocuments } from './useProjectDocuments'
import './documents.css'

/** Fixed row height (title line + outlet · date line); fixed so rows never need measuring. */
const ROW_HEIGHT = 52

/**
 * The open project's articles as a virtualised listbox: only visible rows are in the DOM, so a
 * corpus of thousands scrolls smoothly. Focus stays on the listbox; arrow keys move the active
 * row (aria-activedescendant) and Enter or a click opens it.
 */
export function DocumentList() {
  const projectId = useSession((s) => s.projectId)
  const documentId = useSession((s) => s.documentId)
  const openDocument = useSession((s) => s.openDocument)
  const documents = useProjectDocuments(projectId)
  const [query, setQuery] = useState('')
  const [sort, setSort] = useState<DocumentSort>({ key: 'title', direction: 'asc' })
  const [activeIndex, setActiveIndex] = useState(0)
  const scrollRef = useRef<HTMLDivElement>(null)
  const coder = useSession((s) => s.coder)
  const statuses = useCodingStatuses(projectId, coder)
  const [statusFilter, setStatusFilter] = useState<StatusFilter>('all')

  const rows = useMemo(
    () =>
      sortDocuments(documents ?? [], query, sort).filter((d) =>
        matchesStatusFilter(statuses.get(d.id), statusFilter),
      ),
    [documents, query, sort, statuses, statusFilter],
  )
  // "Complete and next" follows the order and filters the coder sees here.
  useEffect(() => setDocumentOrder(rows.map((d) => d.id)), [rows])
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
    } else if ((event.key === 'Enter' || event.key === ' ') && activeRow) {
      event.preventDefault()
      openDocument(activeRow.id)
    }
  }

  const total = documents?.length ?? 0
  const optionId = (id: string) => `document-option-${id}`

  return (
    <section className="document-list" aria-label="Documents">
      <DocumentListControls query={query} onQuery={setQuery} sort={sort} onSort={setSort}>
        <StatusFilterSelect value={statusFilter} onChange={setStatusFilter} />
      </DocumentListControls>
      <p className="list-count" aria-live="polite">
        {rows.length === total
          ? `${total} ${total === 1 ? 'article' : 'articles'}`
          : `${rows.length} of ${total} articles`}
      </p>
      <div
        ref={scrollRef}
        className="document-scroll"
        role="listbox"
        aria-label="Articles"
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
                selected={doc.id === documentId}
                active={item.index === active}
                position={item.index + 1}
                setSize={rows.length}
                top={item.start}
                height={ROW_HEIGHT}
                onOpen={() => {
                  setActiveIndex(item.index)
                  openDocument(doc.id)
                }}
              />
            )
          })}
        </div>
      </div>
      {documents !== undefined && total > 0 && rows.length === 0 && (
        <p className="hint list-empty">
          {query.trim() === '' ? 'No article has this status.' : `No article matches “${query}”.`}
        </p>
      )}
    </section>
  )
}
