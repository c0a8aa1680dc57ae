import { useEffect, useState } from 'react'
import { flushSync } from 'react-dom'
import type { Annotation } from '../../../shared/domain/annotation'
import { documentAnnotations } from '../../actions/annotationActions'
import { applyAnnotationChange, onAnnotationChange } from '../../actions/annotationEvents'

type Loaded = { documentId: string; list: Annotation[] }

/**
 * The live (not deleted) annotations of one document in text order, or undefined while loading.
 *
 * Read once per opened document (scoped to its `[documentId+start]` range), then kept up to date
 * from the changes that annotationActions announces for every write, undo and redo. Not a Dexie
 * live query: that would re-read and re-clone all 10,000 spans of a long article after every tag
 * (~200 ms of main-thread work), four times the budget for painting a new highlight.
 */
export function useDocumentAnnotations(documentId: string): Annotation[] | undefined {
  const [loaded, setLoaded] = useState<Loaded | null>(null)

  useEffect(() => {
    let cancelled = false
    // Changes announced while the first read is under way are applied once it arrives.
    const pending: Parameters<typeof applyAnnotationChange>[1][] = []
    let ready = false
    const load = () => {
      ready = false
      void documentAnnotations(documentId).then((rows) => {
        if (cancelled) return
        ready = true
        setLoaded({ documentId, list: pending.splice(0).reduce(applyAnnotationChange, rows) })
      })
    }
    const unsubscribe = onAnnotationChange((change) => {
      if (change.documentId !== documentId) return
      if (change.kind === 'reload') return load()
      if (!ready) return void pending.push(change)
      // Rendered synchronously so the new highlight paints in the same frame as the write.
      flushSync(() =>
        setLoaded((prev) =>
          prev && prev.documentId === documentId
            ? { documentId, list: applyAnnotationChange(prev.list, change) }
            : prev,
        ),
      )
    })
    load()
    return () => {
      cancelled = true
      unsubscribe()
    }
  }, [documentId])

  return loaded && loaded.documentId === documentId ? loaded.list : undefined
}
