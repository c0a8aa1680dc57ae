import * as fs from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Dialog, OpenDialogReturnValue } from 'electron'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { saveFilesToFolderHandler } from '../../../src/main/ipc/saveFilesToFolderHandler'
import { ipcRequestSchemas } from '../../../src/shared/ipc/contract'
import { fakeEvent } from './fakeIpcMain'

let dir: string
beforeEach(async () => {
  dir = await fs.mkdtemp(join(tmpdir(), 'newscoder-save-folder-'))
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
    const { dialog, calls } = fakeDialog({ canceled: false, filePaths: [dir] })
    const result = await saveFilesToFolderHandler({ dialog, windowFor: () => null, fs })(
      request,
      event,
    )
    expect(result).toEqual({ folder: dir, names: ['study-annotations.csv', 'study-documents.csv'] })
    expect(calls).toHaveLength(1)
    expect(calls[0]?.at(-1)).toMatchObject({
      properties: expect.arrayContaining(['openDirectory']),
    })
    expect((await fs.readdir(dir)).sort()).toEqual(['study-annotations.csv', 'study-documents.csv'])
    expect(await fs.readFile(join(dir, 'study-annotations.csv'), 'utf8')).toBe(
      request.files[0]!.content,
    )
    expect(await fs.readFile(join(dir, 'study-documents.csv'), 'utf8')).toBe(
      'document_id\r\nd1\r\n',
    )
  })

  it('keeps files already in the folder, writing under "name (2).ext" instead', async () => {
    await fs.writeFile(join(dir, 'study-annotations.csv'), 'yesterday')
    const { dialog } = fakeDialog({ canceled: false, filePaths: [dir] })
    const result = await saveFilesToFolderHandler({ dialog, windowFor: () => null, fs })(
      request,
      event,
    )
    expect(result).toMatchObject({ names: ['study-annotations (2).csv', 'study-documents.csv'] })
    expect(await fs.readFile(join(dir, 'study-annotations.csv'), 'utf8')).toBe('yesterday')
    expect(await fs.readFile(join(dir, 'study-annotations (2).csv'), 'utf8')).toBe(
      request.files[0]!.content,
    )
  })

  it('returns canceled and writes nothing when the folder dialog is canceled', async () => {
    const { dialog } = fakeDialog({ canceled: true, filePaths: [] })
    const result = await saveFilesToFolderHandler({ dialog, windowFor: () => null, fs })(
      request,
      event,
    )
    expect(result).toEqual({ canceled: true })
    expect(await fs.readdir(dir)).toEqual([])
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
