import { useLiveQuery } from 'dexie-react-hooks'
import { useEffect, useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import type { Annotation } from '../../../shared/domain/annotation'
import { documentAnnotations } from '../../actions/annotationActions'
import { applyAnnotationChange, onAnnotationChange } from './announceAnnotationChange'

type Overlay = { base: readonly Annotation[]; list: Annotation[] }

/**
 * The live (not deleted) annotations of one document in text order, or undefined while loading.
 * The query is scoped to the document's `[documentId+start]` range, never table-wide, so that a
 * write in another document does not wake this one. Changes announced by this window's own
 * actions show at once and last until the live query delivers a newer list.
 */
export function useDocumentAnnotations(documentId: string): Annotation[] | undefined {
  const live = useLiveQuery(() => documentAnnotations(documentId), [documentId])
  const [overlay, setOverlay] = useState<Overlay | null>(null)
  const liveRef = useRef(live)
  useEffect(() => {
    liveRef.current = live
  }, [live])

  useEffect(
    () =>
      onAnnotationChange((change) => {
        if (change.documentId !== documentId) return
        // Rendered synchronously: the live query's own re-read of the document's spans is
        // already on its way and would otherwise hold up this update by ~100 ms.
        flushSync(() =>
          setOverlay((prev) => {
            const base = liveRef.current
            if (!base) return prev
            const current = prev && prev.base === base ? prev.list : base
            return { base, list: applyAnnotationChange(current, change) }
          }),
        )
      }),
    [documentId],
  )

  return overlay && overlay.base === live ? overlay.list : live
}
