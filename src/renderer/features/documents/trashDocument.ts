import { deleteDocument, restoreDocument } from '../../actions/documentActions'
import { pushUndo } from '../../actions/undoStack'
import { useSession } from '../../state/sessionStore'

/**
 * Moves a document to the trash, closes it, and records the step on the undo stack, so Undo (or
 * Ctrl+Z) restores it; the notice says so.
 */
export async function trashDocument(id: string, title: string): Promise<void> {
  const projectId = useSession.getState().projectId
  await deleteDocument(id)
  pushUndo({
    label: `Delete article “${title}”`,
    undo: async () => {
      await restoreDocument(id)
      // Bring the article back into view, as long as its project is still the open one.
      const session = useSession.getState()
      if (session.projectId === projectId) session.openDocument(id)
    },
    redo: () => deleteDocument(id),
  })
  const session = useSession.getState()
  if (session.documentId === id) session.openDocument(null)
  session.notify('info', `Moved “${title}” to the trash. Undo (Ctrl+Z) restores it.`)
}
