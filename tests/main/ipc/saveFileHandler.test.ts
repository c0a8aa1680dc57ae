import * as fs from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Dialog, SaveDialogReturnValue } from 'electron'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { saveFileHandler } from '../../../src/main/ipc/saveFileHandler'
import { fakeEvent } from './fakeIpcMain'

let dir: string
beforeEach(async () => {
  dir = await fs.mkdtemp(join(tmpdir(), 'newscoder-save-'))
})
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true })
})

function fakeDialog(result: SaveDialogReturnValue) {
  const calls: unknown[][] = []
  const dialog = {
    showSaveDialog: async (...args: unknown[]) => {
      calls.push(args)
      return result
    },
  } as Pick<Dialog, 'showSaveDialog'>
  return { dialog, calls }
}

const request = {
  defaultName: 'annotations.csv',
  content: 'quote,stance\n"Ça va, “oui”",pro\n',
  filterName: 'CSV',
  extensions: ['csv'],
}
const event = fakeEvent('app://newscoder/index.html')

describe('saveFileHandler', () => {
  it('writes the content as UTF-8 where the user chose and leaves no temp file', async () => {
    const target = join(dir, 'out.csv')
    const { dialog, calls } = fakeDialog({ canceled: false, filePath: target })

    const result = await saveFileHandler({ dialog, windowFor: () => null, fs })(request, event)

    expect(result).toEqual({ path: target })
    expect(await fs.readFile(target, 'utf8')).toBe(request.content)
    expect(await fs.readdir(dir)).toEqual(['out.csv'])
    expect(calls[0]?.at(-1)).toMatchObject({
      defaultPath: 'annotations.csv',
      filters: [{ name: 'CSV', extensions: ['csv'] }, expect.anything()],
    })
  })

  it('replaces an existing file whole', async () => {
    const target = join(dir, 'out.csv')
    await fs.writeFile(target, 'old content that is longer than the new one')
    const { dialog } = fakeDialog({ canceled: false, filePath: target })

    await saveFileHandler({ dialog, windowFor: () => null, fs })(request, event)

    expect(await fs.readFile(target, 'utf8')).toBe(request.content)
  })

  it('returns canceled and writes nothing when the dialog is canceled', async () => {
    const { dialog } = fakeDialog({ canceled: true, filePath: '' })
    const result = await saveFileHandler({ dialog, windowFor: () => null, fs })(request, event)
    expect(result).toEqual({ canceled: true })
    expect(await fs.readdir(dir)).toEqual([])
  })

  it('fails with the file system error and leaves no temp file when the rename fails', async () => {
    const target = join(dir, 'out.csv')
    const failingFs = {
      ...fs,
      rename: async () => {
        throw new Error('EXDEV: cross-device link')
      },
    }
    const { dialog } = fakeDialog({ canceled: false, filePath: target })
    await expect(
      saveFileHandler({ dialog, windowFor: () => null, fs: failingFs })(request, event),
    ).rejects.toThrow('EXDEV')
    expect(await fs.readdir(dir)).toEqual([])
  })
})
