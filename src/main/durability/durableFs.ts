import type * as FsPromises from 'node:fs/promises'

/**
 * The file operations the durability layer uses, passed in rather than imported, so tests can
 * inject ENOSPC or EIO at any call and the fault tests can run the same code on real files.
 */
export type DurableFs = Pick<
  typeof FsPromises,
  'open' | 'readFile' | 'readdir' | 'mkdir' | 'rename' | 'rm' | 'truncate' | 'writeFile'
>
