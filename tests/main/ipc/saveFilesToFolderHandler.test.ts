import * as fs from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { saveFilesToFolderHandler } from '../../../src/main/ipc/saveFilesToFolderHandler'
import { ipcRequestSchemas } from '../../../src/shared/ipc/contract'
import { fakeOpenDialog, tempFolderPerTest } from './dialogFakes'
import { fakeEvent } from './fakeIpcMain'

const folder = tempFolderPerTest('newscoder-save-folder-')

const request = {
  title: 'Save the CSV files in…',
  files: [
    { name: 'study-annotations.csv', content: 'quote,stance\r\n"Ça va, “oui”",pro\r\n' },
    { name: 'study-documents.csv', content: new TextEncoder().encode('document_id\r\nd1\r\n') },
  ],
}
const event = fakeEvent('app://newscoder/index.html')

describe('saveFilesToFolderHandler', () => {
  it('asks for a folder once and writes every file there, leaving no temp file', async () => {
    const { dialog, calls } = fakeOpenDialog({ canceled: false, filePaths: [folder.path] })
    const result = await saveFilesToFolderHandler({ dialog, windowFor: () => null, fs })(
      request,
      event,
    )
    expect(result).toEqual({
      folder: folder.path,
      names: ['study-annotations.csv', 'study-documents.csv'],
    })
    expect(calls).toHaveLength(1)
    expect(calls[0]?.at(-1)).toMatchObject({
      properties: expect.arrayContaining(['openDirectory']),
    })
    expect((await fs.readdir(folder.path)).sort()).toEqual([
      'study-annotations.csv',
      'study-documents.csv',
    ])
    expect(await fs.readFile(join(folder.path, 'study-annotations.csv'), 'utf8')).toBe(
      request.files[0]!.content,
    )
    expect(await fs.readFile(join(folder.path, 'study-documents.csv'), 'utf8')).toBe(
      'document_id\r\nd1\r\n',
    )
  })

  it('keeps files already in the folder, writing under "name (2).ext" instead', async () => {
    await fs.writeFile(join(folder.path, 'study-annotations.csv'), 'yesterday')
    const { dialog } = fakeOpenDialog({ canceled: false, filePaths: [folder.path] })
    const result = await saveFilesToFolderHandler({ dialog, windowFor: () => null, fs })(
      request,
      event,
    )
    expect(result).toMatchObject({ names: ['study-annotations (2).csv', 'study-documents.csv'] })
    expect(await fs.readFile(join(folder.path, 'study-annotations.csv'), 'utf8')).toBe('yesterday')
    expect(await fs.readFile(join(folder.path, 'study-annotations (2).csv'), 'utf8')).toBe(
      request.files[0]!.content,
    )
  })

  it('returns canceled and writes nothing when the folder dialog is canceled', async () => {
    const { dialog } = fakeOpenDialog({ canceled: true, filePaths: [] })
    const result = await saveFilesToFolderHandler({ dialog, windowFor: () => null, fs })(
      request,
      event,
    )
    expect(result).toEqual({ canceled: true })
    expect(await fs.readdir(folder.path)).toEqual([])
  })

  it.each([
    ['a name with a slash', { ...request, files: [{ name: '../evil.csv', content: 'x' }] }],
    ['a name with a backslash', { ...request, files: [{ name: 'a\\b.csv', content: 'x' }] }],
    ['a parent-folder name', { ...request, files: [{ name: '..', content: 'x' }] }],
    ['no files', { ...request, files: [] }],
    ['an extra key', { ...request, folder: '/etc' }],
  ])('the contract refuses %s', (_label, bad) => {
    expect(ipcRequestSchemas['dialog:save-files-to-folder'].safeParse(bad).success).toBe(false)
  })
})
