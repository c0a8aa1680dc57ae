import * as fs from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { saveFileHandler } from '../../../src/main/ipc/saveFileHandler'
import { fakeSaveDialog, tempFolderPerTest } from './dialogFakes'
import { fakeEvent } from './fakeIpcMain'

const folder = tempFolderPerTest('newscoder-save-')

const request = {
  defaultName: 'annotations.csv',
  content: 'quote,stance\n"Ça va, “oui”",pro\n',
  filterName: 'CSV',
  extensions: ['csv'],
}
const event = fakeEvent('app://newscoder/index.html')

describe('saveFileHandler', () => {
  it('writes the content as UTF-8 where the user chose and leaves no temp file', async () => {
    const target = join(folder.path, 'out.csv')
    const { dialog, calls } = fakeSaveDialog({ canceled: false, filePath: target })

    const result = await saveFileHandler({ dialog, windowFor: () => null, fs })(request, event)

    expect(result).toEqual({ path: target })
    expect(await fs.readFile(target, 'utf8')).toBe(request.content)
    expect(await fs.readdir(folder.path)).toEqual(['out.csv'])
    expect(calls[0]?.at(-1)).toMatchObject({
      defaultPath: 'annotations.csv',
      filters: [{ name: 'CSV', extensions: ['csv'] }, expect.anything()],
    })
  })

  it('replaces an existing file whole', async () => {
    const target = join(folder.path, 'out.csv')
    await fs.writeFile(target, 'old content that is longer than the new one')
    const { dialog } = fakeSaveDialog({ canceled: false, filePath: target })

    await saveFileHandler({ dialog, windowFor: () => null, fs })(request, event)

    expect(await fs.readFile(target, 'utf8')).toBe(request.content)
  })

  it('returns canceled and writes nothing when the dialog is canceled', async () => {
    const { dialog } = fakeSaveDialog({ canceled: true, filePath: '' })
    const result = await saveFileHandler({ dialog, windowFor: () => null, fs })(request, event)
    expect(result).toEqual({ canceled: true })
    expect(await fs.readdir(folder.path)).toEqual([])
  })

  it('fails with the file system error and leaves no temp file when the rename fails', async () => {
    const target = join(folder.path, 'out.csv')
    const failingFs = {
      ...fs,
      rename: async () => {
        throw new Error('EXDEV: cross-device link')
      },
    }
    const { dialog } = fakeSaveDialog({ canceled: false, filePath: target })
    await expect(
      saveFileHandler({ dialog, windowFor: () => null, fs: failingFs })(request, event),
    ).rejects.toThrow('EXDEV')
    expect(await fs.readdir(folder.path)).toEqual([])
  })
})
