import * as fs from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openFilesHandler } from '../../../src/main/ipc/openFilesHandler'
import { fakeOpenDialog, tempFolderPerTest } from './dialogFakes'
import { fakeEvent } from './fakeIpcMain'

const folder = tempFolderPerTest('newscoder-open-')

const event = fakeEvent('app://newscoder/index.html')
const request = {
  title: 'Restore backup',
  filterName: 'Newscoder backups',
  extensions: ['newscoder'],
}

describe('openFilesHandler', () => {
  it('reads the chosen small files as bytes, named by their base name', async () => {
    const a = join(folder.path, 'a.txt')
    const b = join(folder.path, 'b.txt')
    await fs.writeFile(a, 'Hello')
    await fs.writeFile(b, new Uint8Array([0xff, 0xfe, 0x41, 0x00]))
    const { dialog, calls } = fakeOpenDialog({ canceled: false, filePaths: [a, b] })

    const files = await openFilesHandler({ dialog, windowFor: () => null, fs })(request, event)

    expect(files).toEqual([
      { name: 'a.txt', size: 5, bytes: new Uint8Array(Buffer.from('Hello')) },
      { name: 'b.txt', size: 4, bytes: new Uint8Array([0xff, 0xfe, 0x41, 0x00]) },
    ])
    expect(files[0]?.bytes).not.toBeInstanceOf(Buffer)
    expect(calls[0]?.at(-1)).toMatchObject({ properties: ['openFile', 'multiSelections'] })
  })

  it('returns bytes: null for a file over the limit without reading it', async () => {
    const small = join(folder.path, 'small.txt')
    const big = join(folder.path, 'big.txt')
    await fs.writeFile(small, '12345678')
    await fs.writeFile(big, '123456789')
    let reads = 0
    const countingFs = { stat: fs.stat, readFile: (path: string) => (reads++, fs.readFile(path)) }
    const { dialog } = fakeOpenDialog({ canceled: false, filePaths: [small, big] })

    const handler = openFilesHandler({
      dialog,
      windowFor: () => null,
      fs: countingFs as typeof fs,
      maxBytes: 8,
    })
    const files = await handler(request, event)

    expect(files[0]).toMatchObject({ name: 'small.txt', size: 8 })
    expect(files[0]?.bytes).not.toBeNull()
    expect(files[1]).toEqual({ name: 'big.txt', size: 9, bytes: null })
    expect(reads).toBe(1)
  })

  it('reads files up to the limit the request names instead of the import limit', async () => {
    const big = join(folder.path, 'big.newscoder')
    await fs.writeFile(big, '123456789')
    const { dialog } = fakeOpenDialog({ canceled: false, filePaths: [big] })
    const handler = openFilesHandler({ dialog, windowFor: () => null, fs, maxBytes: 8 })

    expect((await handler({ ...request, maxBytes: 9 }, event))[0]?.bytes).toHaveLength(9)
    expect((await handler({ ...request, maxBytes: 4 }, event))[0]?.bytes).toBeNull()
  })

  it('returns an empty list when the dialog is canceled', async () => {
    const { dialog } = fakeOpenDialog({ canceled: true, filePaths: [] })
    expect(await openFilesHandler({ dialog, windowFor: () => null, fs })(request, event)).toEqual(
      [],
    )
  })

  it('refuses something that is not a regular file', async () => {
    const { dialog } = fakeOpenDialog({ canceled: false, filePaths: [folder.path] })
    await expect(
      openFilesHandler({ dialog, windowFor: () => null, fs })(request, event),
    ).rejects.toThrow('not a regular file')
  })

  it('parents the dialog to the calling window when there is one', async () => {
    const { dialog, calls } = fakeOpenDialog({ canceled: true, filePaths: [] })
    const window = { id: 1 } as never
    await openFilesHandler({ dialog, windowFor: () => window, fs })(request, event)
    expect(calls[0]?.[0]).toBe(window)
  })

  it('offers the requested kind of file first, then all files', async () => {
    const { dialog, calls } = fakeOpenDialog({ canceled: true, filePaths: [] })
    await openFilesHandler({ dialog, windowFor: () => null, fs })(request, event)
    expect(calls[0]?.at(-1)).toMatchObject({
      title: 'Restore backup',
      filters: [
        { name: 'Newscoder backups', extensions: ['newscoder'] },
        { name: 'All files', extensions: ['*'] },
      ],
    })
  })
})
