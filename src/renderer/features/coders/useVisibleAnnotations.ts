import { useMemo } from 'react'
import type { Annotation } from '../../../shared/domain/annotation'
import { useSession } from '../../state/sessionStore'
import { useDocumentAnnotations } from '../annotations/useDocumentAnnotations'
import { useBlindMode } from './useBlindMode'
import { visibleAnnotations } from './visibleAnnotations'

/**
 * The open document's spans as the chosen coder layer shows them (see `visibleAnnotations`),
 * filtered from the one in-memory list per document, or undefined while loading.
 */
export function useVisibleAnnotations(
  projectId: string,
  documentId: string,
): Annotation[] | undefined {
  const all = useDocumentAnnotations(documentId)
  const layer = useSession((s) => s.coderLayer)
  const me = useSession((s) => s.coder)
  const blind = useBlindMode(projectId, documentId, me)
  return useMemo(
    () => (all === undefined ? undefined : visibleAnnotations(all, layer, me, blind)),
    [all, layer, me, blind],
  )
}
