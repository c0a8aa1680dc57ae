import type { MenuCommand } from '../../shared/ipc/contract'
import { redo, undo } from '../actions/undoStack'
import { completeAndNext } from '../features/articleCoding/completeAndNext'
import { importFromPicker } from '../features/import/importPickedFiles'
import { useSession, type Overlay } from '../state/sessionStore'

/** Every user action reachable from a button, the native menu and the keyboard. */
export type AppCommandId =
  | MenuCommand
  | 'rename-project'
  | 'delete-project'
  | 'document-details'
  | 'close-overlay'
  | 'coders'
  | 'agreement'
  | 'adjudicate'
  | 'speakers'
  | 'palette'
  | 'complete-and-next'
  | 'codebook'
  | 'team'

const session = () => useSession.getState()

// Commands about the open project say why nothing happens instead of doing nothing silently.
function withProject(overlay: Overlay): () => void {
  return () => {
    if (session().projectId === null) {
      session().notify('error', 'Create or open a project first.')
      return
    }
    session().setOverlay(overlay)
  }
}

async function undoWithNotice(): Promise<void> {
  const label = await undo()
  session().notify('info', label ? `Undid: ${label}` : 'Nothing to undo.')
}

async function redoWithNotice(): Promise<void> {
  const label = await redo()
  session().notify('info', label ? `Redid: ${label}` : 'Nothing to redo.')
}

/**
 * One function per action, shared by toolbar buttons, menu commands and shortcuts (as in
 * Excalidraw's actions), so the three can never drift apart.
 */
export const appCommands: Record<AppCommandId, () => void | Promise<void>> = {
  undo: undoWithNotice,
  redo: redoWithNotice,
  import: async () => {
    if (session().projectId === null) {
      session().notify('error', 'Create or open a project first.')
      return
    }
    await importFromPicker()
  },
  paste: withProject('paste'),
  export: withProject('export'),
  help: () => session().setOverlay('help'),
  settings: () => session().setOverlay('settings'),
  'new-project': () => session().setOverlay('new-project'),
  'rename-project': withProject('rename-project'),
  'delete-project': withProject('delete-project'),
  'document-details': () => {
    if (session().documentId !== null) session().setOverlay('metadata')
  },
  'close-overlay': () => session().setOverlay(null),
  coders: withProject('coders'),
  agreement: withProject('agreement'),
  adjudicate: () => {
    if (session().documentId === null) {
      session().notify('error', 'Open a document to adjudicate it.')
      return
    }
    session().setOverlay('adjudication')
  },
  speakers: withProject('speakers'),
  palette: () => session().setOverlay('palette'),
  'complete-and-next': completeAndNext,
  codebook: withProject('codebook'),
  // Open without a project too: joining a team project is how a coder gets one.
  team: () => session().setOverlay('team'),
}

/** Runs a command and turns any failure into an error notice, so no action fails silently. */
export async function runAppCommand(id: AppCommandId): Promise<void> {
  try {
    await appCommands[id]()
  } catch (error) {
    session().notify('error', error instanceof Error ? error.message : String(error))
  }
}
