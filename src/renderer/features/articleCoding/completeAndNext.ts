import { setCodingStatus } from '../../actions/articleCodingActions'
import { useSession } from '../../state/sessionStore'
import { useDocumentOrder } from './documentOrderStore'
import { nextDocumentToCode } from './nextDocumentToCode'
import { codingStatuses } from './useCodingStatuses'

/**
 * Marks the open document complete for the current coder and opens the next document of the
 * list (its current order and filters) that this coder has not completed; says so when none is
 * left. The order is taken before the write, since a status filter may drop the document.
 */
export async function completeAndNext(): Promise<void> {
  const session = useSession.getState()
  const { documentId, projectId, coder } = session
  if (documentId === null || projectId === null) {
    session.notify('error', 'Open an article first.')
    return
  }
  const order = useDocumentOrder.getState().order
  await setCodingStatus(documentId, 'complete')
  const next = nextDocumentToCode(order, documentId, await codingStatuses(projectId, coder))
  if (next === null) {
    session.notify('info', 'Marked complete. Every article in the list is complete.')
    return
  }
  // The coder may have moved on while the write ran; only then is the document left alone.
  if (useSession.getState().documentId === documentId) useSession.getState().openDocument(next)
}
