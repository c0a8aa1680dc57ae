import { useCallback, useSyncExternalStore } from 'react'
import type { Annotation } from '../../../shared/domain/annotation'
import {
  documentAnnotationsSnapshot,
  subscribeDocumentAnnotations,
} from './documentAnnotationStore'

/**
 * The live (not deleted) annotations of one document in text order, or undefined while loading.
 *
 * Read once per opened document (scoped to its `[documentId+start]` range) into a store shared by
 * every view, then kept up to date from the changes that annotationActions announces for every
 * write, undo and redo. Not a Dexie live query: that would re-read and re-clone all 10,000 spans
 * of a long article after every tag (~200 ms of main-thread work), four times the budget for
 * painting a new highlight.
 */
export function useDocumentAnnotations(documentId: string): Annotation[] | undefined {
  const subscribe = useCallback(
    (listener: () => void) => subscribeDocumentAnnotations(documentId, listener),
    [documentId],
  )
  return useSyncExternalStore(subscribe, () => documentAnnotationsSnapshot(documentId))
}
