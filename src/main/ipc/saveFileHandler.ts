import type { Dialog, IpcMainInvokeEvent, SaveDialogOptions } from 'electron'
import type { IpcRequest, IpcResponses } from '../../shared/ipc/contract'
import type { AtomicWriteFs } from './writeFileAtomically'
import { writeFileAtomically } from './writeFileAtomically'
import type { WindowForEvent } from './windowForEvent'

export type SaveFileDeps = {
  dialog: Pick<Dialog, 'showSaveDialog'>
  windowFor: WindowForEvent
  fs: AtomicWriteFs
}

/**
 * 'dialog:save-file': asks where to save and writes the content there atomically, so a crash or
 * full disk mid-export never leaves a truncated CSV that looks complete. The renderer proposes
 * only a bare file name (the schema refuses separators); the folder is always the user's choice.
 */
export function saveFileHandler(deps: SaveFileDeps) {
  return async (
    request: IpcRequest<'dialog:save-file'>,
    event: IpcMainInvokeEvent,
  ): Promise<IpcResponses['dialog:save-file']> => {
    const options: SaveDialogOptions = {
      title: 'Export',
      defaultPath: request.defaultName,
      filters: [
        { name: request.filterName || 'Export', extensions: request.extensions },
        { name: 'All files', extensions: ['*'] },
      ],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    }
    const window = deps.windowFor(event)
    const result = window
      ? await deps.dialog.showSaveDialog(window, options)
      : await deps.dialog.showSaveDialog(options)
    if (result.canceled || !result.filePath) return { canceled: true }

    await writeFileAtomically(deps.fs, result.filePath, request.content)
    return { path: result.filePath }
  }
}
