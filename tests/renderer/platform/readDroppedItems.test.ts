import { describe, expect, it } from 'vitest'
import { readDroppedItems } from '../../../src/renderer/platform/readDroppedItems'

type FakeEntry = {
  name: string
  isFile: boolean
  isDirectory: boolean
  file?: (ok: (f: File) => void) => void
  createReader?: () => { readEntries: (ok: (e: FakeEntry[]) => void) => void }
}

const fileEntry = (name: string): FakeEntry => ({
  name,
  isFile: true,
  isDirectory: false,
  file: (ok) => ok(new File([name], name)),
})

// Answers in chunks of two, then an empty chunk, as Chromium does in chunks of 100.
const dirEntry = (name: string, children: FakeEntry[]): FakeEntry => ({
  name,
  isFile: false,
  isDirectory: true,
  createReader: () => {
    let at = 0
    return {
      readEntries: (ok) => {
        ok(children.slice(at, at + 2))
        at += 2
      },
    }
  },
})

function transfer(entries: FakeEntry[]): DataTransfer {
  const items = entries.map((entry) => ({
    kind: 'file',
    webkitGetAsEntry: () => entry,
    getAsFile: () => null,
  }))
  return { items } as unknown as DataTransfer
}

describe('readDroppedItems', () => {
  it('walks dropped folders for importable files and keeps dropped files as they are', async () => {
    const drop = transfer([
      fileEntry('notes.odt'),
      dirEntry('corpus', [
        fileEntry('b.html'),
        fileEntry('.DS_Store'),
        fileEntry('photo.jpg'),
        dirEntry('2020', [fileEntry('c.csv'), fileEntry('d.docx'), fileEntry('e.pdf')]),
        fileEntry('a.txt'),
      ]),
    ])
    const files = await readDroppedItems(drop)
    expect(files.map((f) => f.name)).toEqual([
      'notes.odt',
      'c.csv',
      'd.docx',
      'e.pdf',
      'a.txt',
      'b.html',
    ])
  })
})
