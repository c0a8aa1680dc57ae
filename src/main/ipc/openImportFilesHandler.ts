import { basename, extname, join } from 'node:path'
import type { Dirent } from 'node:fs'
import type * as FsPromises from 'node:fs/promises'
import type { Dialog, IpcMainInvokeEvent, OpenDialogOptions } from 'electron'
import type { PickedFile } from '../../shared/ipc/contract'
import {
  IMPORT_FILE_EXTENSIONS,
  MAX_IMPORT_FILE_BYTES,
  MAX_IMPORT_FOLDER_FILES,
} from '../../shared/ipc/contract'
import { readPickedFile } from './readPickedFile'
import type { WindowForEvent } from './windowForEvent'

export type OpenImportFilesDeps = {
  dialog: Pick<Dialog, 'showOpenDialog'>
  windowFor: WindowForEvent
  fs: Pick<typeof FsPromises, 'stat' | 'readFile' | 'readdir'>
  /** Injected so tests can use small limits instead of writing 20 MB files or 5,000 files. */
  maxBytes?: number
  maxFiles?: number
}

/** Folders nested deeper than this are not entered (a guard against pathological trees). */
const MAX_DEPTH = 16

const FILTERS = [
  { name: 'Articles and corpus files', extensions: [...IMPORT_FILE_EXTENSIONS] },
  { name: 'All files', extensions: ['*'] },
]

function dialogOptions(folder: boolean): OpenDialogOptions {
  return folder
    ? { title: 'Import folders', properties: ['openDirectory', 'multiSelections'] }
    : { title: 'Import files', properties: ['openFile', 'multiSelections'], filters: FILTERS }
}

const importable = (name: string) =>
  !name.startsWith('.') &&
  (IMPORT_FILE_EXTENSIONS as readonly string[]).includes(extname(name).slice(1).toLowerCase())

/**
 * The importable files under a folder, depth first in name order. Hidden entries and symbolic
 * links are skipped (a link could lead out of the folder or into a loop); a folder with more than
 * `maxFiles` importable files is refused with the number named.
 */
async function listFolder(
  fs: OpenImportFilesDeps['fs'],
  root: string,
  maxFiles: number,
): Promise<string[]> {
  const found: string[] = []
  const walk = async (dir: string, depth: number): Promise<void> => {
    const entries: Dirent[] = await fs.readdir(dir, { withFileTypes: true })
    entries.sort((a, b) => a.name.localeCompare(b.name))
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.isSymbolicLink()) continue
      const path = join(dir, entry.name)
      if (entry.isDirectory() && depth < MAX_DEPTH) await walk(path, depth + 1)
      else if (entry.isFile() && importable(entry.name)) {
        found.push(path)
        if (found.length > maxFiles) {
          throw new Error(
            `“${basename(root)}” holds more than ${maxFiles.toLocaleString('en')} importable files; import it in parts.`,
          )
        }
      }
    }
  }
  await walk(root, 0)
  return found
}

/**
 * 'dialog:open-import-files': lets the user pick files (any supported type) or folders and returns
 * the raw bytes of every file, folders walked for importable files. Parsing is the renderer's
 * job (its import worker). Files over the size limit come back unread (`bytes: null`) so the
 * renderer names them; a cancel returns [].
 */
export function openImportFilesHandler(deps: OpenImportFilesDeps) {
  const maxBytes = deps.maxBytes ?? MAX_IMPORT_FILE_BYTES
  const maxFiles = deps.maxFiles ?? MAX_IMPORT_FOLDER_FILES
  return async (request: { folder: boolean }, event: IpcMainInvokeEvent): Promise<PickedFile[]> => {
    const window = deps.windowFor(event)
    const options = dialogOptions(request.folder)
    const result = window
      ? await deps.dialog.showOpenDialog(window, options)
      : await deps.dialog.showOpenDialog(options)
    if (result.canceled) return []

    const paths: string[] = []
    for (const picked of result.filePaths) {
      if (request.folder)
        paths.push(...(await listFolder(deps.fs, picked, maxFiles - paths.length)))
      else paths.push(picked)
    }
    const files: PickedFile[] = []
    for (const path of paths) files.push(await readPickedFile(deps.fs, path, maxBytes))
    return files
  }
}
