import { sha256Hex } from '../text/sha256Hex'
import type { GzipFactory } from '../zip/zipWriter'
import { createZipWriter } from '../zip/zipWriter'
import type { BackupManifest, BackupTable } from './backupFormat'
import { BACKUP_FORMAT_NAME, BACKUP_FORMAT_VERSION, BACKUP_TABLES } from './backupFormat'
import type { ArchiveInfo } from './writeArchive'

/** SHA-256 of `bytes` as 64 lowercase hex digits, e.g. from a platform's native digest. */
export type Sha256 = (bytes: Uint8Array) => Promise<string>

/** The rows of one table of the archive, batch by batch (any batch may be empty). */
export type TableBatches = (
  table: BackupTable,
) => AsyncIterable<readonly unknown[]> | Iterable<readonly unknown[]>

/** How a streamed archive is compressed and hashed; both default to pure JavaScript. */
export type StreamArchiveOptions = {
  gzip?: GzipFactory
  sha256?: Sha256
  /** Called after each table is written, with the tables done so far. */
  progress?: (done: number, total: number) => void
}

type Part = { bytes: number; sha256: string }

const pureSha256: Sha256 = (bytes) => Promise.resolve(sha256Hex(bytes))

/**
 * Returns a `.newscoder` archive written batch by batch: the same entries as `writeArchive` (one
 * JSON array per table, then `manifest.json`), but each batch is stringified, encoded, hashed and
 * compressed as it comes, so only one batch of JSON and the compressed archive are ever held. The
 * manifest (format version 2) records the sha256 of each batch's bytes as consecutive `parts` of
 * the entry, which `readArchive` checks; the JSON text of each table is exactly
 * `JSON.stringify(allRows)`.
 */
export async function streamArchive(
  source: TableBatches,
  info: ArchiveInfo,
  options: StreamArchiveOptions = {},
): Promise<Uint8Array<ArrayBuffer>> {
  const hash = options.sha256 ?? pureSha256
  const zip = createZipWriter(options.gzip)
  const encoder = new TextEncoder()
  const counts: Record<string, number> = {}
  const parts: Record<string, Part[]> = {}

  for (const [index, table] of BACKUP_TABLES.entries()) {
    const name = `${table}.json`
    const entry = zip.entry(name)
    const sizes: number[] = []
    const hashes: Promise<string>[] = []
    const put = async (text: string): Promise<void> => {
      const bytes = encoder.encode(text)
      sizes.push(bytes.length)
      hashes.push(hash(bytes))
      // Hashing overlaps compressing and the next batch; at most two hashes are in flight.
      await Promise.all([entry.write(bytes), hashes[hashes.length - 2]])
    }
    // Each batch's JSON is written when the next one arrives, so the last can carry the "]".
    let pending = '['
    let count = 0
    for await (const rows of source(table)) {
      if (rows.length === 0) continue
      const body = JSON.stringify(rows).slice(1, -1)
      if (count === 0) pending += body
      else {
        await put(pending)
        pending = `,${body}`
      }
      count += rows.length
    }
    await put(`${pending}]`)
    await entry.close()
    counts[table] = count
    const digests = await Promise.all(hashes)
    parts[name] = digests.map((sha256, i) => ({ bytes: sizes[i] as number, sha256 }))
    options.progress?.(index + 1, BACKUP_TABLES.length)
  }

  const manifest: BackupManifest = {
    format: BACKUP_FORMAT_NAME,
    formatVersion: BACKUP_FORMAT_VERSION,
    ...info,
    counts,
    sha256: {},
    parts,
  }
  const last = zip.entry('manifest.json')
  await last.write(encoder.encode(JSON.stringify(manifest, null, 2)))
  await last.close()
  return zip.finish()
}
