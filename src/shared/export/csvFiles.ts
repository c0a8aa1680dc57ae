import { strToU8, zipSync } from 'fflate'
import type { NamedTable } from './exportTables'
import type { CsvProfile } from './toCsv'
import { toCsv } from './toCsv'

/** A named text file of an export. */
export type TextFile = { fileName: string; content: string }

/** Returns each table as `<name>.csv` in the given profile (see `toCsv`). */
export function csvFiles(tables: readonly NamedTable[], profile: CsvProfile): TextFile[] {
  return tables.map((t) => ({
    fileName: `${t.name}.csv`,
    content: toCsv(t.header, t.rows, profile),
  }))
}

/**
 * Returns a zip archive of the files under the folder `folder` (so unpacking never scatters them
 * into the user's downloads), UTF-8 encoded, deflated at level 6 (zlib's default: CSV shrinks
 * about tenfold, and higher levels gain little for much more time).
 */
export function zipTextFiles(folder: string, files: readonly TextFile[]): Uint8Array<ArrayBuffer> {
  const entries: Record<string, Uint8Array> = {}
  for (const f of files) entries[`${folder}/${f.fileName}`] = strToU8(f.content)
  // fflate allocates a fresh ArrayBuffer-backed array for its output.
  return zipSync(entries, { level: 6 }) as Uint8Array<ArrayBuffer>
}
