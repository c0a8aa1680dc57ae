import { importableInFolder } from './importableFiles'

/** Deepest folder level a drop is read to, as in main's folder walk. */
const MAX_DEPTH = 16

function entryFile(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject))
}

// readEntries answers in chunks (100 in Chromium) until it returns an empty one.
async function readAll(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  const all: FileSystemEntry[] = []
  for (;;) {
    const chunk = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    )
    if (chunk.length === 0) return all
    all.push(...chunk)
  }
}

async function walk(entry: FileSystemEntry, depth: number, out: File[]): Promise<void> {
  if (entry.isFile) {
    // Files inside a dropped folder are filtered like a picked folder's; top-level files are not.
    if (depth === 0 || importableInFolder(entry.name)) {
      out.push(await entryFile(entry as FileSystemFileEntry))
    }
    return
  }
  if (!entry.isDirectory || depth >= MAX_DEPTH || entry.name.startsWith('.')) return
  const children = await readAll((entry as FileSystemDirectoryEntry).createReader())
  children.sort((a, b) => a.name.localeCompare(b.name))
  for (const child of children) await walk(child, depth + 1, out)
}

/**
 * The files of a drop: dropped files as they are, dropped folders walked (webkitGetAsEntry) for
 * importable files. The entries must be taken synchronously in the drop handler, since the
 * DataTransfer is emptied once the event returns; reading them may then take its time.
 */
export function readDroppedItems(transfer: DataTransfer): Promise<File[]> {
  const entries: FileSystemEntry[] = []
  const loose: File[] = []
  for (const item of Array.from(transfer.items)) {
    if (item.kind !== 'file') continue
    const entry = item.webkitGetAsEntry?.()
    if (entry) entries.push(entry)
    else {
      const file = item.getAsFile()
      if (file) loose.push(file)
    }
  }
  return (async () => {
    const out = [...loose]
    for (const entry of entries) await walk(entry, 0, out)
    return out
  })()
}
