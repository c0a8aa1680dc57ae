import * as fs from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Dialog, OpenDialogReturnValue, SaveDialogReturnValue } from 'electron'
import { afterEach, beforeEach } from 'vitest'

/** Electron's open dialog answering `result`, recording the arguments of each call. */
export function fakeOpenDialog(result: OpenDialogReturnValue) {
  const calls: unknown[][] = []
  const dialog: Pick<Dialog, 'showOpenDialog'> = {
    showOpenDialog: async (...args: unknown[]) => {
      calls.push(args)
      return result
    },
  } as Pick<Dialog, 'showOpenDialog'>
  return { dialog, calls }
}

/** Electron's save dialog answering `result`, recording the arguments of each call. */
export function fakeSaveDialog(result: SaveDialogReturnValue) {
  const calls: unknown[][] = []
  const dialog: Pick<Dialog, 'showSaveDialog'> = {
    showSaveDialog: async (...args: unknown[]) => {
      calls.push(args)
      return result
    },
  } as Pick<Dialog, 'showSaveDialog'>
  return { dialog, calls }
}

/** A fresh temporary folder for each test of the file, removed after it: read `.path`. */
export function tempFolderPerTest(prefix: string): { path: string } {
  const folder = { path: '' }
  beforeEach(async () => {
    folder.path = await fs.mkdtemp(join(tmpdir(), prefix))
  })
  afterEach(async () => {
    await fs.rm(folder.path, { recursive: true, force: true })
  })
  return folder
}
