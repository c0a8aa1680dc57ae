import type * as FsPromises from 'node:fs/promises'
import type { Dialog, IpcMainInvokeEvent, OpenDialogOptions } from 'electron'
import type { PickedFile } from '../../shared/ipc/contract'
import { MAX_IMPORT_FILE_BYTES } from '../../shared/ipc/contract'
import { readPickedFile } from './readPickedFile'
import type { WindowForEvent } from './windowForEvent'

export type OpenTextFilesDeps = {
  dialog: Pick<Dialog, 'showOpenDialog'>
  windowFor: WindowForEvent
  fs: Pick<typeof FsPromises, 'stat' | 'readFile'>
  /** Injected so tests can use a small limit instead of writing 20 MB files. */
  maxBytes?: number
}

const OPEN_OPTIONS: OpenDialogOptions = {
  title: 'Import text files',
  properties: ['openFile', 'multiSelections'],
  filters: [
    { name: 'Text', extensions: ['txt'] },
    { name: 'All files', extensions: ['*'] },
  ],
}

/**
 * 'dialog:open-text-files': lets the user pick files and returns their raw bytes; decoding is the
 * renderer's job (shared/text), so encodings are handled in one place. Files over the limit come
 * back with `bytes: null`, unread, so the renderer can name them instead of main running out of
 * memory. Cancel returns [].
 */
export function openTextFilesHandler(deps: OpenTextFilesDeps) {
  const maxBytes = deps.maxBytes ?? MAX_IMPORT_FILE_BYTES
  return async (_request: unknown, event: IpcMainInvokeEvent): Promise<PickedFile[]> => {
    const window = deps.windowFor(event)
    const result = window
      ? await deps.dialog.showOpenDialog(window, OPEN_OPTIONS)
      : await deps.dialog.showOpenDialog(OPEN_OPTIONS)
    if (result.canceled) return []

    const files: PickedFile[] = []
    for (const path of result.filePaths) {
      files.push(await readPickedFile(deps.fs, path, maxBytes))
    }
    return files
  }
}
