import type { GzipCompressor, GzipFactory } from '../../shared/zip/zipWriter'
import type { GzipWorkerReply, GzipWorkerRequest } from '../workers/gzipWorkerCore'

type Pending = { resolve: (out: Uint8Array[]) => void; reject: (error: Error) => void }

/**
 * Gzip in a Web Worker, one worker per zip entry: the UI thread hands each batch over and builds
 * the next while the worker deflates this one, so on two cores a large export takes about as long
 * as building its text. Faster than CompressionStream, whose zlib runs at level 6 with no level
 * setting (docs/adr/0009-streaming-export.md).
 */
export const workerGzip: GzipFactory = (): GzipCompressor => {
  const worker = new Worker(new URL('../workers/gzipWorker.ts', import.meta.url), {
    type: 'module',
  })
  const pending = new Map<number, Pending>()
  let next = 0
  const failAll = (error: Error) => {
    for (const p of pending.values()) p.reject(error)
    pending.clear()
    worker.terminate()
  }
  worker.addEventListener('message', (message: MessageEvent<GzipWorkerReply>) => {
    const reply = message.data
    const waiting = pending.get(reply.id)
    pending.delete(reply.id)
    if ('error' in reply) failAll(new Error(`Compression failed: ${reply.error}`))
    else waiting?.resolve(reply.out)
  })
  worker.addEventListener('error', (event) =>
    failAll(new Error(`The compression worker stopped: ${event.message || 'unknown error'}`)),
  )
  const send = (chunk: Uint8Array, final: boolean): Promise<Uint8Array[]> =>
    new Promise((resolve, reject) => {
      const id = next++
      pending.set(id, { resolve, reject })
      // Copied, not transferred: callers may still read the bytes (a backup hashes them).
      const request: GzipWorkerRequest = { id, chunk: chunk as Uint8Array<ArrayBuffer>, final }
      worker.postMessage(request)
    })
  return {
    push: (chunk) => send(chunk, false),
    finish: async () => {
      const out = await send(new Uint8Array(0), true)
      worker.terminate()
      return out
    },
  }
}
