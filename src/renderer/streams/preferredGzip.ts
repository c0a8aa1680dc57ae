import type { GzipFactory } from '../../shared/zip/zipWriter'
import { nativeGzip } from './nativeGzip'
import { workerGzip } from './workerGzip'

/**
 * The compressor for exports and backups: a gzip worker where workers exist (the app, browser
 * mode), else the platform's CompressionStream, else (undefined) fflate on the calling thread.
 */
export function preferredGzip(): GzipFactory | undefined {
  if (typeof Worker === 'function') return workerGzip
  if (typeof CompressionStream === 'function') return nativeGzip
  return undefined
}
