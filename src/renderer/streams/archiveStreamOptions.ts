import type { StreamArchiveOptions } from '../../shared/backup/streamArchive'
import { preferredGzip } from './preferredGzip'
import { subtleSha256 } from './subtleSha256'

/**
 * How the renderer writes archives (project backups, database snapshots): gzip in a worker
 * (`preferredGzip`) and the platform's SHA-256 where there is one, so neither deflating nor
 * hashing runs in JavaScript on the UI thread.
 */
export function archiveStreamOptions(): StreamArchiveOptions {
  const gzip = preferredGzip()
  return {
    ...(gzip ? { gzip } : {}),
    ...(globalThis.crypto?.subtle ? { sha256: subtleSha256 } : {}),
  }
}
