import { useLiveQuery } from 'dexie-react-hooks'
import type { Annotation } from '../../../shared/domain/annotation'
import { documentAnnotations } from '../../actions/annotationActions'

/**
 * The live (not deleted) annotations of one document in text order, or undefined while loading.
 * The query is scoped to the document's `[documentId+start]` range, never table-wide, so that a
 * write in another document does not wake this one, and reader and panel share one query shape.
 */
export function useDocumentAnnotations(documentId: string): Annotation[] | undefined {
  return useLiveQuery(() => documentAnnotations(documentId), [documentId])
}
