import { strFromU8, unzipSync } from 'fflate'
import { sha256Hex } from '../text/sha256Hex'
import type { BackupManifest, BackupRows, BackupTable } from './backupFormat'
import {
  BACKUP_FORMAT_NAME,
  BACKUP_FORMAT_VERSION,
  BACKUP_TABLES,
  MAX_ENTRIES,
  MAX_ENTRY_BYTES,
  MAX_TOTAL_BYTES,
  backupManifestSchema,
} from './backupFormat'

/** An archive that is refused; `message` says why, in words a researcher can act on. */
export class BackupError extends Error {}

/** A read archive: its manifest and the rows of each table, not yet checked against the domain. */
export type Archive = { manifest: BackupManifest; rows: BackupRows }

function unzipWithinLimits(bytes: Uint8Array): Record<string, Uint8Array> {
  // Every zip starts with a local file header "PK\3\4".
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 3) {
    throw new BackupError('This is not a Newscoder backup: the file is not a zip archive.')
  }
  let entries = 0
  let total = 0
  try {
    return unzipSync(bytes, {
      filter: (file) => {
        entries += 1
        total += file.originalSize
        if (
          entries > MAX_ENTRIES ||
          file.originalSize > MAX_ENTRY_BYTES ||
          total > MAX_TOTAL_BYTES
        ) {
          throw new BackupError(
            'The backup was refused: it would unpack to more than the allowed size (a damaged file or a zip bomb).',
          )
        }
        return true
      },
    })
  } catch (error) {
    if (error instanceof BackupError) throw error
    throw new BackupError('The backup is damaged or incomplete: its zip archive cannot be read.', {
      cause: error,
    })
  }
}

function parseJson(bytes: Uint8Array, name: string): unknown {
  try {
    return JSON.parse(strFromU8(bytes))
  } catch (error) {
    throw new BackupError(`The backup is damaged: ${name} is not valid JSON.`, { cause: error })
  }
}

/** The byte ranges of an entry that its manifest hashes, with the hash each must have. */
type Checksum = { start: number; end: number; sha256: string }

// Version 2 archives hash each part of an entry; version 1 archives the entry as a whole. Null
// when the recorded parts do not cover the entry exactly.
function checksumsOf(entry: Uint8Array, name: string, manifest: BackupManifest): Checksum[] | null {
  const parts = manifest.parts[name]
  if (parts === undefined)
    return [{ start: 0, end: entry.length, sha256: manifest.sha256[name] ?? '' }]
  const ranges: Checksum[] = []
  let offset = 0
  for (const part of parts) {
    const end = offset + part.bytes
    if (end > entry.length) return null
    ranges.push({ start: offset, end, sha256: part.sha256 })
    offset = end
  }
  return offset === entry.length ? ranges : null
}

function openArchive(bytes: Uint8Array, maxSchemaVersion: number) {
  const files = unzipWithinLimits(bytes)
  const manifestBytes = files['manifest.json']
  if (!manifestBytes) throw new BackupError('This is not a Newscoder backup: it has no manifest.')
  const parsed = backupManifestSchema.safeParse(parseJson(manifestBytes, 'manifest.json'))
  if (!parsed.success) {
    const raw = parseJson(manifestBytes, 'manifest.json') as { format?: unknown }
    if (raw?.format !== BACKUP_FORMAT_NAME) {
      throw new BackupError('This is not a Newscoder backup: its manifest is from another program.')
    }
    throw new BackupError('The backup is damaged: its manifest does not have the expected fields.')
  }
  const manifest = parsed.data
  if (manifest.formatVersion > BACKUP_FORMAT_VERSION || manifest.schemaVersion > maxSchemaVersion) {
    throw new BackupError(
      `This backup was made by a newer Newscoder (${manifest.appVersion}, data version ${manifest.schemaVersion}). Update Newscoder to restore it.`,
    )
  }
  const entries = BACKUP_TABLES.map((table) => {
    const name = `${table}.json`
    const entry = files[name]
    if (!entry) throw new BackupError(`The backup is incomplete: ${name} is missing.`)
    const checksums = checksumsOf(entry, name, manifest)
    if (checksums === null) throw damaged(name)
    return { table, name, entry, checksums }
  })
  return { manifest, entries }
}

const damaged = (name: string) =>
  new BackupError(`The backup is damaged: ${name} does not match its checksum.`)

function rowsOf(entries: { table: BackupTable; name: string; entry: Uint8Array }[]): BackupRows {
  const rows: BackupRows = {}
  for (const { table, name, entry } of entries) {
    const list = parseJson(entry, name)
    if (!Array.isArray(list)) throw new BackupError(`The backup is damaged: ${name} is not a list.`)
    rows[table] = list
  }
  return rows
}

/**
 * Reads a `.newscoder` archive, refusing (with a `BackupError` naming the problem) a file that is
 * not a zip, unpacks past the size limits, lacks Newscoder's manifest, comes from a newer format
 * or app (`maxSchemaVersion`), or whose entries do not match their recorded checksums (computed
 * here in JavaScript; `readArchiveHashedBy` takes a native digest).
 */
export function readArchive(bytes: Uint8Array, maxSchemaVersion: number): Archive {
  const { manifest, entries } = openArchive(bytes, maxSchemaVersion)
  for (const { name, entry, checksums } of entries) {
    for (const c of checksums) {
      if (sha256Hex(entry.subarray(c.start, c.end)) !== c.sha256) throw damaged(name)
    }
  }
  return { manifest, rows: rowsOf(entries) }
}

/**
 * `readArchive` with the checksums computed by `sha256` (e.g. SubtleCrypto, native and off the
 * calling thread): the same checks and messages, several times faster on a large backup.
 */
export async function readArchiveHashedBy(
  bytes: Uint8Array,
  maxSchemaVersion: number,
  sha256: (bytes: Uint8Array) => Promise<string>,
): Promise<Archive> {
  const { manifest, entries } = openArchive(bytes, maxSchemaVersion)
  for (const { name, entry, checksums } of entries) {
    const digests = await Promise.all(checksums.map((c) => sha256(entry.subarray(c.start, c.end))))
    if (digests.some((digest, i) => digest !== checksums[i]?.sha256)) throw damaged(name)
  }
  return { manifest, rows: rowsOf(entries) }
}
