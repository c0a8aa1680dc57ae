import { strToU8, zipSync } from 'fflate'
import { sha256Hex } from '../text/sha256Hex'
import type { BackupManifest, BackupRows } from './backupFormat'
import { BACKUP_FORMAT_NAME, BACKUP_TABLES, WHOLE_ENTRY_FORMAT_VERSION } from './backupFormat'

/** What the manifest says besides the tables: who wrote the archive, and from which data. */
export type ArchiveInfo = Pick<BackupManifest, 'kind' | 'appVersion' | 'schemaVersion' | 'seq'> & {
  createdAt: number
}

/**
 * Returns a `.newscoder` archive: a zip with `manifest.json` (format, versions, row counts, and the
 * sha256 of every entry) and one `<table>.json` array per table. JSON per table keeps the archive
 * readable with any unzip tool and a text editor, which is what a researcher needs after a disaster.
 * It holds every table's JSON at once; `streamArchive` writes the same entries batch by batch.
 */
export function writeArchive(rows: BackupRows, info: ArchiveInfo): Uint8Array {
  const files: Record<string, Uint8Array> = {}
  const counts: Record<string, number> = {}
  const sha256: Record<string, string> = {}
  for (const table of BACKUP_TABLES) {
    const list = rows[table] ?? []
    const bytes = strToU8(JSON.stringify(list))
    files[`${table}.json`] = bytes
    counts[table] = list.length
    sha256[`${table}.json`] = sha256Hex(bytes)
  }
  // Version 1: an app that predates streamed archives still reads these (rolling snapshots).
  const manifest: Omit<BackupManifest, 'parts'> = {
    format: BACKUP_FORMAT_NAME,
    formatVersion: WHOLE_ENTRY_FORMAT_VERSION,
    ...info,
    counts,
    sha256,
  }
  files['manifest.json'] = strToU8(JSON.stringify(manifest, null, 2))
  return zipSync(files, { level: 6 })
}
