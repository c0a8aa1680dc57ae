import type * as FsPromises from 'node:fs/promises'
import type { Dialog, IpcMainInvokeEvent, OpenDialogOptions } from 'electron'
import type { IpcRequest, PickedFile } from '../../shared/ipc/contract'
import { MAX_IMPORT_FILE_BYTES } from '../../shared/ipc/contract'
import { readPickedFile } from './readPickedFile'
import type { WindowForEvent } from './windowForEvent'

export type OpenFilesDeps = {
  dialog: Pick<Dialog, 'showOpenDialog'>
  windowFor: WindowForEvent
  fs: Pick<typeof FsPromises, 'stat' | 'readFile'>
  /** Default limit when the request names none; injected so tests need no 20 MB files. */
  maxBytes?: number
}

function openOptions(request: IpcRequest<'dialog:open-files'>): OpenDialogOptions {
  return {
    title: request.title,
    properties: ['openFile', 'multiSelections'],
    filters: [
      { name: request.filterName, extensions: request.extensions },
      { name: 'All files', extensions: ['*'] },
    ],
  }
}

/**
 * 'dialog:open-files': lets the user pick files of the requested kind (backups, coder packages)
 * and returns their raw bytes (up to the request's `maxBytes`, validated against
 * `MAX_OPEN_FILE_BYTES`); reading their format is the renderer's job. Files over the limit come
 * back with `bytes: null`, unread, so the renderer can name them instead of main running out of
 * memory. Cancel returns [].
 */
export function openFilesHandler(deps: OpenFilesDeps) {
  return async (
    request: IpcRequest<'dialog:open-files'>,
    event: IpcMainInvokeEvent,
  ): Promise<PickedFile[]> => {
    const window = deps.windowFor(event)
    const options = openOptions(request)
    const result = window
      ? await deps.dialog.showOpenDialog(window, options)
      : await deps.dialog.showOpenDialog(options)
    if (result.canceled) return []
    const maxBytes = request.maxBytes ?? deps.maxBytes ?? MAX_IMPORT_FILE_BYTES

    const files: PickedFile[] = []
    for (const path of result.filePaths) {
      files.push(await readPickedFile(deps.fs, path, maxBytes))
    }
    return files
  }
}
