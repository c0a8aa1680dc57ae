import { saveSetting } from '../../actions/settingsActions'
import { clearUndo } from '../../actions/undoStack'
import { db } from '../../db/NewscoderDb'
import { isDatabaseReadOnly } from '../../db/readOnlyMiddleware'
import { useSession } from '../../state/sessionStore'

const byTitle = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true })

/** The project's first live article in the document list's default order (title), if any. */
async function firstDocumentId(projectId: string): Promise<string | null> {
  const docs = await db.documents.where('projectId').equals(projectId).toArray()
  const live = docs.filter((d) => d.deletedAt === null)
  live.sort((a, b) => byTitle.compare(a.title, b.title))
  return live[0]?.id ?? null
}

/**
 * Opens a project (or none) with its first article, so there is something to read at once. The
 * undo history is cleared because its commands belong to the project being left; the choice is
 * remembered so the next start reopens it.
 */
export async function switchProject(projectId: string | null): Promise<void> {
  const session = useSession.getState()
  if (session.projectId === projectId) return
  clearUndo()
  session.openProject(projectId)
  if (projectId === null) return
  // Read-only data (from a newer Newscoder) keeps even this preference unwritten.
  if (!isDatabaseReadOnly()) await saveSetting('lastProjectId', projectId)
  const first = await firstDocumentId(projectId)
  // Only if the user has not opened something in the meantime.
  const now = useSession.getState()
  if (first !== null && now.projectId === projectId && now.documentId === null) {
    now.openDocument(first)
  }
}
