import { randomBytes } from 'node:crypto'
import { basename, dirname, join } from 'node:path'
import type { DurableFs } from './durableFs'

/**
 * Writes `data` to `path` so that, after a crash at any point, the path holds either its old
 * content or all of the new one: a temp file in the same folder (rename is atomic only within one
 * file system), fsync, rename over the target, then fsync of the folder so that the rename itself
 * survives a power cut. The temp file is removed on failure.
 */
export async function writeFileDurably(
  fs: DurableFs,
  path: string,
  data: Uint8Array | string,
): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    // 'wx' fails instead of following a symlink someone planted at the temp name.
    const handle = await fs.open(temp, 'wx')
    try {
      await handle.writeFile(data)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await fs.rename(temp, path)
  } catch (error) {
    await fs.rm(temp, { force: true })
    throw error
  }
  await syncFolder(fs, dirname(path))
}

/**
 * Flushes a folder's entries (a rename) to disk. Windows cannot open a folder for fsync; there
 * NTFS journals the rename itself, so the failure is ignored.
 */
export async function syncFolder(fs: DurableFs, folder: string): Promise<void> {
  let handle
  try {
    handle = await fs.open(folder, 'r')
    await handle.sync()
  } catch (error) {
    const code = (error as { code?: string }).code
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EINVAL' && code !== 'EBADF') throw error
  } finally {
    await handle?.close()
  }
}
