import { useLiveQuery } from 'dexie-react-hooks'
import type { NewsDocument } from '../../../shared/domain/document'
import { db } from '../../db/NewscoderDb'

/** One document's metadata (never its text), live; undefined while loading or when missing. */
export function useDocument(documentId: string | null): NewsDocument | undefined {
  return useLiveQuery(
    async () => (documentId === null ? undefined : db.documents.get(documentId)),
    [documentId],
  )
}
