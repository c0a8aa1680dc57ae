import { Gzip } from 'fflate'

/** A request to the gzip worker: compress `chunk`; `final` ends the gzip member. */
export type GzipWorkerRequest = { id: number; chunk: Uint8Array<ArrayBuffer>; final: boolean }

/** The worker's answer to request `id`: the compressed bytes it produced, or why it failed. */
export type GzipWorkerReply =
  { id: number; out: Uint8Array<ArrayBuffer>[] } | { id: number; error: string }

/**
 * Level of the worker's deflate. 1 is fflate's fastest on export text here (~55 MB/s against
 * zlib level 6's ~25 MB/s through CompressionStream, which has no level setting), and the
 * archive grows by only ~15 %; see docs/adr/0009-streaming-export.md.
 */
export const WORKER_GZIP_LEVEL = 1

/**
 * One gzip member compressed in a worker, request by request: each answer holds the compressed
 * bytes that chunk produced, so the caller can forward them at once and hold nothing.
 */
export function createGzipSession(level: 1 | 2 | 3 | 6 = WORKER_GZIP_LEVEL) {
  let out: Uint8Array<ArrayBuffer>[] = []
  const gzip = new Gzip({ level }, (chunk) => out.push(chunk as Uint8Array<ArrayBuffer>))
  return (request: GzipWorkerRequest): GzipWorkerReply => {
    try {
      gzip.push(request.chunk, request.final)
    } catch (error) {
      return { id: request.id, error: error instanceof Error ? error.message : String(error) }
    }
    const ready = out
    out = []
    return { id: request.id, out: ready }
  }
}
