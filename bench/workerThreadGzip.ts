import { AsyncGzip } from 'fflate'
import { WORKER_GZIP_LEVEL } from '../src/renderer/workers/gzipWorkerCore'
import type { GzipCompressor, GzipFactory } from '../src/shared/zip/zipWriter'

/**
 * The bench's stand-in for the app's gzip Web Worker (`workerGzip`): the same fflate gzip at the
 * same level, on a worker thread (fflate's AsyncGzip uses worker_threads in Node). Like the app's,
 * each push resolves once the worker has compressed that chunk, with the bytes it produced.
 */
export const workerThreadGzip: GzipFactory = (): GzipCompressor => {
  let ready: Uint8Array[] = []
  let failure: Error | null = null
  let finished = false
  let wake: (() => void) | null = null
  const gzip = new AsyncGzip({ level: WORKER_GZIP_LEVEL }, (error, chunk, final) => {
    if (error) failure = error
    else {
      ready.push(chunk)
      if (final) finished = true
    }
    wake?.()
  })
  gzip.ondrain = () => wake?.()
  const until = (done: () => boolean) =>
    new Promise<Uint8Array[]>((resolve, reject) => {
      const check = () => {
        if (failure) return reject(failure)
        if (!done()) return
        wake = null
        const out = ready
        ready = []
        resolve(out)
      }
      wake = check
      check()
    })
  return {
    push(chunk) {
      gzip.push(chunk, false)
      return until(() => gzip.queuedSize === 0)
    },
    finish() {
      gzip.push(new Uint8Array(0), true)
      return until(() => finished)
    },
  }
}
