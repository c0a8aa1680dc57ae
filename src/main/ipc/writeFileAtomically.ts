import { randomBytes } from 'node:crypto'
import type * as FsPromises from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

export type AtomicWriteFs = Pick<typeof FsPromises, 'open' | 'rename' | 'rm'>

/**
 * Writes UTF-8 `content` to `path` so that the file is either the old one or the complete new
 * one, never half an export: write a temp file in the same folder (rename is atomic only within
 * one file system), fsync it, rename it over the target. The temp file is removed on failure.
 */
export async function writeFileAtomically(
  fs: AtomicWriteFs,
  path: string,
  content: string | Uint8Array,
): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    // 'wx' fails instead of following a symlink someone planted at the temp name.
    const handle = await fs.open(temp, 'wx')
    try {
      await handle.writeFile(content, 'utf8')
      await handle.sync()
    } finally {
      await handle.close()
    }
    await fs.rename(temp, path)
  } catch (error) {
    await fs.rm(temp, { force: true })
    throw error
  }
}
