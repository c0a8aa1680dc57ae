import type { GzipFactory } from '../zip/zipWriter'
import { createZipWriter } from '../zip/zipWriter'
import type { TableName } from './exportTables'
import type { CsvTablesChoice, ExportBatch, ExportFrame } from './streamCsvTables'
import { streamCsvTables } from './streamCsvTables'

/** A streamed CSV zip: the archive and the number of data rows of each table in it. */
export type CsvZip = { bytes: Uint8Array<ArrayBuffer>; counts: Partial<Record<TableName, number>> }

/**
 * Returns the chosen tables as `<folder>/<name>.csv` in a zip (see `streamCsvTables`), each
 * batch's CSV text encoded as UTF-8 and compressed as it comes, so the export holds one batch of
 * text and the compressed archive, never a table's rows or whole text. `gzip` defaults to
 * fflate's pure-JavaScript compressor; callers with a native one pass it.
 */
export async function zipCsvTables(
  frame: ExportFrame,
  batches: AsyncIterable<ExportBatch> | Iterable<ExportBatch>,
  choice: CsvTablesChoice,
  folder: string,
  gzip?: GzipFactory,
): Promise<CsvZip> {
  const zip = createZipWriter(gzip)
  const encoder = new TextEncoder()
  const counts = await streamCsvTables(frame, batches, choice, (fileName) => {
    const entry = zip.entry(`${folder}/${fileName}`)
    return { write: (text) => entry.write(encoder.encode(text)), close: () => entry.close() }
  })
  return { bytes: zip.finish(), counts }
}
