import { useDocumentText } from '../documents/useDocumentText'
import { useDeferredValue, useMemo } from 'react'
import { useSession } from '../../state/sessionStore'
import { truncateText } from '../annotations/truncateText'
import { useDocumentAnnotations } from '../annotations/useDocumentAnnotations'
import { useProjectCodebook } from '../annotations/useProjectCodebook'
import { readOnlyReason } from '../../actions/annotationOwnership'
import { ReadOnlySpan } from './ReadOnlySpan'
import type { TaggingTarget } from './TaggingForm'
import { TaggingForm } from './TaggingForm'
import './tagging.css'

type Props = { documentId: string; projectId: string }

/** At most this many other spans over the edited one are offered to switch to. */
const MAX_OVERLAPPING = 5

/**
 * The tagging panel, fixed at the top of the right-hand side: it opens by itself when text is
 * selected in the reader (new span) or a highlight is activated (edit mode), with one control per
 * span dimension of the project's codebook. Keyboard focus stays in the reader until the coder
 * moves it (see `taggingShortcuts`).
 */
export function TaggingPanel({ documentId, projectId }: Props) {
  const selection = useSession((s) => s.selection)
  const activeId = useSession((s) => s.activeAnnotationId)
  const coder = useSession((s) => s.coder)
  const codebook = useProjectCodebook(projectId)
  // Deferred so that a new tag paints in the reader before this panel re-renders.
  const annotations = useDeferredValue(useDocumentAnnotations(documentId))
  const text = useDocumentText(documentId)

  const dimensions = useMemo(
    () => (codebook?.dimensions ?? []).filter((d) => d.scope === 'span'),
    [codebook],
  )
  const active = activeId ? annotations?.find((a) => a.id === activeId) : undefined

  let target: TaggingTarget | null = null
  let key = ''
  if (selection && text) {
    const quote = text.slice(selection.start, selection.end)
    target = { kind: 'new', documentId, range: selection, quote }
    key = `new:${selection.start}:${selection.end}`
  } else if (active) {
    target = { kind: 'edit', annotation: active }
    // A changed stored span (undo, another window) restarts the form from the stored codes.
    key = `edit:${active.id}:${active.updatedAt}`
  }

  const overlapping = useMemo(() => {
    if (!active || !annotations) return []
    return annotations
      .filter((a) => a.id !== active.id && a.start < active.end && a.end > active.start)
      .slice(0, MAX_OVERLAPPING)
  }, [active, annotations])

  // Another coder's span is shown, never offered for editing (the actions refuse it too).
  const readOnly = target?.kind === 'edit' ? readOnlyReason(target.annotation, coder) : null

  if (!target) {
    return (
      <section className="nc-tag nc-tag--idle" aria-label="Tagging">
        <p>Select text in the article to tag it, or click a highlight to edit its codes.</p>
      </section>
    )
  }
  return (
    <section className="nc-tag" aria-labelledby="nc-tag-heading">
      <h2 id="nc-tag-heading" className="nc-tag__heading">
        {target.kind === 'new' ? 'Tag selection' : readOnly ? 'View span' : 'Edit span'}
      </h2>
      {overlapping.length > 0 && (
        <div className="nc-tag__overlaps">
          <span>Also coded here:</span>
          {overlapping.map((a) => (
            <button
              key={a.id}
              type="button"
              className="nc-tag__overlap"
              onClick={() => useSession.getState().setActiveAnnotation(a.id)}
            >
              “{truncateText(a.exact, 40)}”
            </button>
          ))}
        </div>
      )}
      {target.kind === 'edit' && readOnly ? (
        <ReadOnlySpan
          annotation={target.annotation}
          reason={readOnly}
          projectId={projectId}
          dimensions={dimensions}
        />
      ) : (
        <TaggingForm key={key} target={target} projectId={projectId} dimensions={dimensions} />
      )}
    </section>
  )
}
