import { basename } from 'node:path'
import type * as FsPromises from 'node:fs/promises'
import type { PickedFile } from '../../shared/ipc/contract'

/**
 * Reads a file the user picked into the shape the renderer imports; a file over `maxBytes` is not
 * read (bytes null) so the renderer can name the limit. Refuses anything but a regular file.
 */
export async function readPickedFile(
  fs: Pick<typeof FsPromises, 'stat' | 'readFile'>,
  path: string,
  maxBytes: number,
): Promise<PickedFile> {
  const name = basename(path)
  const stats = await fs.stat(path)
  // A FIFO or device would block the read forever or never end.
  if (!stats.isFile()) throw new Error(`${name} is not a regular file.`)
  if (stats.size > maxBytes) return { name, size: stats.size, bytes: null }
  const buffer = await fs.readFile(path)
  // The file may have grown since stat; the limit is about what we hold in memory.
  if (buffer.byteLength > maxBytes) return { name, size: buffer.byteLength, bytes: null }
  // A copy, not a view: structured clone sends a view's whole backing ArrayBuffer, which for a
  // pooled Buffer holds unrelated memory.
  return { name, size: buffer.byteLength, bytes: new Uint8Array(buffer) }
}
