import * as fs from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openImportFilesHandler } from '../../../src/main/ipc/openImportFilesHandler'
import { fakeOpenDialog, tempFolderPerTest } from './dialogFakes'
import { fakeEvent } from './fakeIpcMain'

const folder = tempFolderPerTest('newscoder-import-')

const event = fakeEvent('app://newscoder/index.html')

describe('openImportFilesHandler', () => {
  it('reads picked files of any supported type and offers them in the dialog filter', async () => {
    const page = join(folder.path, 'page.html')
    const table = join(folder.path, 'corpus.csv')
    await fs.writeFile(page, '<p>Hi</p>')
    await fs.writeFile(table, 'text\nHello')
    const { dialog, calls } = fakeOpenDialog({ canceled: false, filePaths: [page, table] })

    const files = await openImportFilesHandler({ dialog, windowFor: () => null, fs })(
      { folder: false },
      event,
    )

    expect(files.map((f) => [f.name, f.size])).toEqual([
      ['page.html', 9],
      ['corpus.csv', 10],
    ])
    const options = calls[0]?.at(-1) as {
      properties: string[]
      filters: { extensions: string[] }[]
    }
    expect(options.properties).toEqual(['openFile', 'multiSelections'])
    expect(options.filters[0]?.extensions).toEqual(
      expect.arrayContaining(['html', 'docx', 'pdf', 'csv', 'xlsx']),
    )
  })

  it('walks a picked folder for importable files, skipping hidden files, other types and links', async () => {
    await fs.mkdir(join(folder.path, 'sub', 'deeper'), { recursive: true })
    await fs.writeFile(join(folder.path, 'a.txt'), 'A')
    await fs.writeFile(join(folder.path, 'photo.jpg'), 'not an article')
    await fs.writeFile(join(folder.path, '.DS_Store'), 'x')
    await fs.writeFile(join(folder.path, 'sub', 'b.docx'), 'B')
    await fs.writeFile(join(folder.path, 'sub', 'deeper', 'c.PDF'), 'C')
    await fs.symlink(join(folder.path, 'a.txt'), join(folder.path, 'sub', 'link.txt'))
    const { dialog, calls } = fakeOpenDialog({ canceled: false, filePaths: [folder.path] })

    const files = await openImportFilesHandler({ dialog, windowFor: () => null, fs })(
      { folder: true },
      event,
    )

    expect(files.map((f) => f.name)).toEqual(['a.txt', 'b.docx', 'c.PDF'])
    expect(calls[0]?.at(-1)).toMatchObject({ properties: ['openDirectory', 'multiSelections'] })
  })

  it('refuses a folder with more importable files than the limit, naming the limit', async () => {
    for (const name of ['1.txt', '2.txt', '3.txt'])
      await fs.writeFile(join(folder.path, name), name)
    const { dialog } = fakeOpenDialog({ canceled: false, filePaths: [folder.path] })
    const handler = openImportFilesHandler({ dialog, windowFor: () => null, fs, maxFiles: 2 })
    await expect(handler({ folder: true }, event)).rejects.toThrow('more than 2 importable files')
  })

  it('returns files over the size limit unread, so the renderer can name them', async () => {
    await fs.writeFile(join(folder.path, 'big.txt'), '123456789')
    const { dialog } = fakeOpenDialog({
      canceled: false,
      filePaths: [join(folder.path, 'big.txt')],
    })
    const handler = openImportFilesHandler({ dialog, windowFor: () => null, fs, maxBytes: 8 })
    expect(await handler({ folder: false }, event)).toEqual([
      { name: 'big.txt', size: 9, bytes: null },
    ])
  })

  it('returns an empty list when the dialog is canceled, parented to the calling window', async () => {
    const { dialog, calls } = fakeOpenDialog({ canceled: true, filePaths: [] })
    const window = { id: 1 } as never
    const handler = openImportFilesHandler({ dialog, windowFor: () => window, fs })
    expect(await handler({ folder: true }, event)).toEqual([])
    expect(calls[0]?.[0]).toBe(window)
  })
})
