import type * as FsPromises from 'node:fs/promises'
import { extname, join } from 'node:path'
import type { Dialog, IpcMainInvokeEvent, OpenDialogOptions } from 'electron'
import type { IpcRequest, IpcResponses } from '../../shared/ipc/contract'
import type { AtomicWriteFs } from './writeFileAtomically'
import { writeFileAtomically } from './writeFileAtomically'
import type { WindowForEvent } from './windowForEvent'

export type SaveFilesToFolderDeps = {
  dialog: Pick<Dialog, 'showOpenDialog'>
  windowFor: WindowForEvent
  fs: AtomicWriteFs & Pick<typeof FsPromises, 'stat'>
}

async function exists(fs: SaveFilesToFolderDeps['fs'], path: string): Promise<boolean> {
  try {
    await fs.stat(path)
    return true
  } catch {
    return false
  }
}

// "annotations.csv" → "annotations (2).csv", "(3)"… until the name is free in the folder.
async function freeName(
  fs: SaveFilesToFolderDeps['fs'],
  folder: string,
  name: string,
  taken: Set<string>,
): Promise<string> {
  const extension = extname(name)
  const stem = name.slice(0, name.length - extension.length)
  let candidate = name
  for (let n = 2; taken.has(candidate) || (await exists(fs, join(folder, candidate))); n += 1) {
    candidate = `${stem} (${n})${extension}`
  }
  taken.add(candidate)
  return candidate
}

/**
 * 'dialog:save-files-to-folder': asks once for a folder and writes every file of an export there
 * (atomically, as `dialog:save-file` does), instead of one save dialog per file. A file whose name
 * is already taken in the folder is written as "name (2).ext", so an export never silently
 * replaces an earlier one; the answer lists the names used. Names are bare file names (the schema
 * refuses separators), so nothing is written outside the chosen folder.
 */
export function saveFilesToFolderHandler(deps: SaveFilesToFolderDeps) {
  return async (
    request: IpcRequest<'dialog:save-files-to-folder'>,
    event: IpcMainInvokeEvent,
  ): Promise<IpcResponses['dialog:save-files-to-folder']> => {
    const options: OpenDialogOptions = {
      title: request.title,
      buttonLabel: 'Save here',
      properties: ['openDirectory', 'createDirectory'],
    }
    const window = deps.windowFor(event)
    const result = window
      ? await deps.dialog.showOpenDialog(window, options)
      : await deps.dialog.showOpenDialog(options)
    const folder = result.filePaths[0]
    if (result.canceled || !folder) return { canceled: true }

    const names: string[] = []
    const taken = new Set<string>()
    for (const file of request.files) {
      const name = await freeName(deps.fs, folder, file.name, taken)
      await writeFileAtomically(deps.fs, join(folder, name), file.content)
      names.push(name)
    }
    return { folder, names }
  }
}
