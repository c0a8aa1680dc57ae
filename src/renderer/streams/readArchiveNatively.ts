import type { Archive } from '../../shared/backup/readArchive'
import { readArchive, readArchiveHashedBy } from '../../shared/backup/readArchive'
import { subtleSha256 } from './subtleSha256'

/**
 * Reads a backup or snapshot archive with its checksums computed by SubtleCrypto where the
 * platform has it (a large backup's JavaScript digest alone took seconds), else in JavaScript.
 */
export function readArchiveNatively(bytes: Uint8Array, maxSchemaVersion: number): Promise<Archive> {
  return globalThis.crypto?.subtle
    ? readArchiveHashedBy(bytes, maxSchemaVersion, subtleSha256)
    : Promise.resolve(readArchive(bytes, maxSchemaVersion))
}
