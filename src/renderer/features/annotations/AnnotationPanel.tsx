import { useVirtualizer } from '@tanstack/react-virtual'
import { useDeferredValue, useEffect, useMemo, useRef } from 'react'
import { useSession } from '../../state/sessionStore'
import { readOnlyReason } from '../../actions/annotationOwnership'
import { AnnotationRow } from './AnnotationRow'
import { CodeFilterSelect } from './CodeFilterSelect'
import { codeFilterOptions, matchesCodeFilter } from './codeFilterOptions'
import { describeCodes } from './describeCodes'
import { CoderLayerSelect } from '../coders/CoderLayerSelect'
import { useVisibleAnnotations } from '../coders/useVisibleAnnotations'
import { useProjectCodebook } from './useProjectCodebook'
import { useSpeakersById } from './useProjectSpeakers'
import './annotations.css'

type Props = { documentId: string; projectId: string }

/** A first guess at a row's height; rows are measured once rendered. */
const ESTIMATED_ROW_PX = 88

/**
 * The open document's coded spans in text order, filterable by code. The list is virtualised so
 * that 10,000 spans cost as much as the two dozen on screen. Choosing a row scrolls the reader to
 * its span, flashes it and opens it in the tagging panel.
 */
export function AnnotationPanel({ documentId, projectId }: Props) {
  // Deferred: after a new tag the reader paints first, and the list catches up right after.
  const annotations = useDeferredValue(useVisibleAnnotations(projectId, documentId))
  const codebook = useProjectCodebook(projectId)
  const speakersById = useSpeakersById(projectId)
  const codeFilter = useSession((s) => s.codeFilter)
  const activeId = useSession((s) => s.activeAnnotationId)
  const coder = useSession((s) => s.coder)

  const dimensions = useMemo(
    () => (codebook?.dimensions ?? []).filter((d) => d.scope === 'span'),
    [codebook],
  )
  const all = useMemo(() => annotations ?? [], [annotations])
  const visible = useMemo(
    () => (codeFilter ? all.filter((a) => matchesCodeFilter(a, codeFilter)) : all),
    [all, codeFilter],
  )
  const options = useMemo(
    () => codeFilterOptions(all, dimensions, speakersById),
    [all, dimensions, speakersById],
  )

  const scrollRef = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({
    count: visible.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW_PX,
    getItemKey: (index) => visible[index]?.id ?? index,
    overscan: 8,
  })

  // A span activated elsewhere (a click in the reader) is brought into view in the list too.
  useEffect(() => {
    if (!activeId) return
    const index = visible.findIndex((a) => a.id === activeId)
    if (index !== -1) virtualizer.scrollToIndex(index, { align: 'auto' })
  }, [activeId, visible, virtualizer])

  const activate = (id: string) => {
    const session = useSession.getState()
    session.flashAnnotation(id)
    session.setActiveAnnotation(id)
  }

  const count =
    codeFilter && visible.length !== all.length ? `${visible.length} of ${all.length}` : all.length
  return (
    <section className="nc-annotations" aria-labelledby="nc-annotations-heading">
      <header className="nc-annotations__header">
        <h2 id="nc-annotations-heading">
          Annotations <span className="nc-annotations__count">({count})</span>
        </h2>
        <CoderLayerSelect projectId={projectId} documentId={documentId} />
        <CodeFilterSelect
          options={options}
          filter={codeFilter}
          onChange={(f) => useSession.getState().setCodeFilter(f)}
        />
      </header>
      {annotations !== undefined && all.length === 0 && (
        <p className="nc-annotations__empty">
          No spans coded yet. Select text in the article to tag it.
        </p>
      )}
      {all.length > 0 && visible.length === 0 && (
        <p className="nc-annotations__empty">
          No spans carry this code.{' '}
          <button type="button" onClick={() => useSession.getState().setCodeFilter(null)}>
            Show all
          </button>
        </p>
      )}
      <div ref={scrollRef} className="nc-annotations__scroll">
        <ul
          className="nc-annotations__list"
          aria-label="Coded spans"
          style={{ height: virtualizer.getTotalSize() }}
        >
          {virtualizer.getVirtualItems().map((item) => {
            const annotation = visible[item.index]
            if (!annotation) return null
            return (
              <li
                key={item.key}
                data-index={item.index}
                ref={virtualizer.measureElement}
                className="nc-annotations__item"
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <AnnotationRow
                  annotation={annotation}
                  chips={describeCodes(annotation.values, dimensions, speakersById)}
                  active={annotation.id === activeId}
                  readOnly={readOnlyReason(annotation, coder)}
                  onActivate={activate}
                />
              </li>
            )
          })}
        </ul>
      </div>
    </section>
  )
}
