import { useEffect, useState } from 'react'
import { cachedDocumentText, loadDocumentText } from '../../db/loadDocumentText'

/**
 * A document's canonical text: undefined while loading, null when there is none. Shared by the
 * reader and the tagging panel through one in-memory copy (texts never change after import).
 */
export function useDocumentText(documentId: string): string | null | undefined {
  const [state, setState] = useState<{ id: string; text: string | null } | null>(() => {
    const hit = cachedDocumentText(documentId)
    return hit === undefined ? null : { id: documentId, text: hit }
  })
  useEffect(() => {
    let cancelled = false
    void loadDocumentText(documentId).then((text) => {
      if (!cancelled) setState({ id: documentId, text: text ?? null })
    })
    return () => {
      cancelled = true
    }
  }, [documentId])
  if (state?.id === documentId) return state.text
  const hit = cachedDocumentText(documentId)
  return hit === undefined ? undefined : hit
}
