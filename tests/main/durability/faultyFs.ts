import type { FileHandle } from 'node:fs/promises'
import * as fs from 'node:fs/promises'
import type { DurableFs } from '../../../src/main/durability/durableFs'

/** An error as Node's file layer raises it, with its code. */
export function fsError(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected`), { code })
}

/**
 * Real files, except that while `failure.code` is set, writes and fsyncs through file handles fail
 * with it after writing `failure.partialBytes` bytes (a disk that fills up mid-line).
 */
export function faultyFs(failure: { code: string | null; partialBytes?: number }): DurableFs {
  const open = async (...args: Parameters<typeof fs.open>): Promise<FileHandle> => {
    const handle = await fs.open(...args)
    return new Proxy(handle, {
      get(target, prop, receiver) {
        const value: unknown = Reflect.get(target, prop, receiver)
        if (typeof value !== 'function') return value
        if (failure.code && (prop === 'write' || prop === 'writeFile')) {
          return async (data: Uint8Array | string) => {
            const bytes = typeof data === 'string' ? Buffer.from(data) : data
            await target.write(bytes.subarray(0, failure.partialBytes ?? 0))
            throw fsError(failure.code as string)
          }
        }
        if (failure.code && prop === 'sync')
          return async () => Promise.reject(fsError(failure.code as string))
        return (value as (...a: unknown[]) => unknown).bind(target)
      },
    })
  }
  return { ...fs, open } as DurableFs
}
