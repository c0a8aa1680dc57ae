import * as fs from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Dialog, OpenDialogReturnValue } from 'electron'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { openImportFilesHandler } from '../../../src/main/ipc/openImportFilesHandler'
import { fakeEvent } from './fakeIpcMain'

let dir: string
beforeEach(async () => {
  dir = await fs.mkdtemp(join(tmpdir(), 'newscoder-import-'))
})
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true })
})

function fakeDialog(result: OpenDialogReturnValue) {
  const calls: unknown[][] = []
  const dialog = {
    showOpenDialog: async (...args: unknown[]) => {
      calls.push(args)
      return result
    },
  } as Pick<Dialog, 'showOpenDialog'>
  return { dialog, calls }
}

const event = fakeEvent('app://newscoder/index.html')

describe('openImportFilesHandler', () => {
  it('reads picked files of any supported type and offers them in the dialog filter', async () => {
    const page = join(dir, 'page.html')
    const table = join(dir, 'corpus.csv')
    await fs.writeFile(page, '<p>Hi</p>')
    await fs.writeFile(table, 'text\nHello')
    const { dialog, calls } = fakeDialog({ canceled: false, filePaths: [page, table] })

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
    await fs.mkdir(join(dir, 'sub', 'deeper'), { recursive: true })
    await fs.writeFile(join(dir, 'a.txt'), 'A')
    await fs.writeFile(join(dir, 'photo.jpg'), 'not an article')
    await fs.writeFile(join(dir, '.DS_Store'), 'x')
    await fs.writeFile(join(dir, 'sub', 'b.docx'), 'B')
    await fs.writeFile(join(dir, 'sub', 'deeper', 'c.PDF'), 'C')
    await fs.symlink(join(dir, 'a.txt'), join(dir, 'sub', 'link.txt'))
    const { dialog, calls } = fakeDialog({ canceled: false, filePaths: [dir] })

    const files = await openImportFilesHandler({ dialog, windowFor: () => null, fs })(
      { folder: true },
      event,
    )

    expect(files.map((f) => f.name)).toEqual(['a.txt', 'b.docx', 'c.PDF'])
    expect(calls[0]?.at(-1)).toMatchObject({ properties: ['openDirectory', 'multiSelections'] })
  })

  it('refuses a folder with more importable files than the limit, naming the limit', async () => {
    for (const name of ['1.txt', '2.txt', '3.txt']) await fs.writeFile(join(dir, name), name)
    const { dialog } = fakeDialog({ canceled: false, filePaths: [dir] })
    const handler = openImportFilesHandler({ dialog, windowFor: () => null, fs, maxFiles: 2 })
    await expect(handler({ folder: true }, event)).rejects.toThrow('more than 2 importable files')
  })

  it('returns files over the size limit unread, so the renderer can name them', async () => {
    await fs.writeFile(join(dir, 'big.txt'), '123456789')
    const { dialog } = fakeDialog({ canceled: false, filePaths: [join(dir, 'big.txt')] })
    const handler = openImportFilesHandler({ dialog, windowFor: () => null, fs, maxBytes: 8 })
    expect(await handler({ folder: false }, event)).toEqual([
      { name: 'big.txt', size: 9, bytes: null },
    ])
  })

  it('returns an empty list when the dialog is canceled, parented to the calling window', async () => {
    const { dialog, calls } = fakeDialog({ canceled: true, filePaths: [] })
    const window = { id: 1 } as never
    const handler = openImportFilesHandler({ dialog, windowFor: () => window, fs })
    expect(await handler({ folder: true }, event)).toEqual([])
    expect(calls[0]?.[0]).toBe(window)
  })
})
