import { saveSetting } from '../../actions/settingsActions'
import { clearUndo } from '../../actions/undoStack'
import { useSession } from '../../state/sessionStore'

/**
 * Opens a project (or none). The undo history is cleared because its commands belong to the
 * project being left; the choice is remembered so the next start reopens it.
 */
export async function switchProject(projectId: string | null): Promise<void> {
  const session = useSession.getState()
  if (session.projectId === projectId) return
  clearUndo()
  session.openProject(projectId)
  if (projectId !== null) await saveSetting('lastProjectId', projectId)
}
