import { platform } from '../../platform/platform'
import type { ImportPick } from '../../platform/PlatformApi'
import { useSession } from '../../state/sessionStore'
import { startImport } from './importRun'

/**
 * Imports files into the open project through the import pipeline (worker, batches, mapping and
 * duplicate steps): the one path for the file picker, folders and drag and drop.
 */
export async function importPickedFiles(files: ImportPick[]): Promise<void> {
  const session = useSession.getState()
  const projectId = session.projectId
  if (projectId === null) {
    session.notify('error', 'Create or open a project first.')
    return
  }
  await startImport(projectId, files)
}

/** Lets the user pick files of any supported type and imports them; a cancel does nothing. */
export async function importFromPicker(): Promise<void> {
  await importPickedFiles(await platform.openImportFiles({ folder: false }))
}

/** Lets the user pick a folder and imports every supported file in it. */
export async function importFolderFromPicker(): Promise<void> {
  await importPickedFiles(await platform.openImportFiles({ folder: true }))
}
