import type { TableName } from '../../shared/export/exportTables'
import type { CsvTablesChoice, TextSink } from '../../shared/export/streamCsvTables'
import { streamCsvTables } from '../../shared/export/streamCsvTables'
import { zipCsvTables } from '../../shared/export/zipCsvTables'
import { preferredGzip } from '../streams/preferredGzip'
import type { BatchProgress } from './readExportBatches'
import { readExportBatches, readExportFrame } from './readExportBatches'

/** A CSV export as named files (`<name>.csv`) with the data rows of each table. */
export type CsvTablesResult = {
  files: { fileName: string; content: string | Uint8Array<ArrayBuffer> }[]
  counts: Partial<Record<TableName, number>>
}

/**
 * Exports the chosen tables of a project as CSV, reading it from the database batch by batch
 * (`readExportBatches`) and writing each batch as it comes: into one zip under `folder` (`zip`),
 * compressed in a worker (`preferredGzip`), or as separate files. Progress runs over the
 * documents read.
 */
export async function exportCsvTables(
  projectId: string,
  choice: CsvTablesChoice,
  output: { zip: true; folder: string } | { zip: false },
  progress: BatchProgress,
): Promise<CsvTablesResult> {
  const frame = await readExportFrame(projectId)
  const batches = readExportBatches(frame, progress)
  if (output.zip) {
    const { bytes, counts } = await zipCsvTables(
      frame,
      batches,
      choice,
      output.folder,
      preferredGzip(),
    )
    return { files: [{ fileName: `${output.folder}.zip`, content: bytes }], counts }
  }
  // Separate files are handed to the save dialog whole, so each is kept as its text pieces
  // (one per batch) and joined once at the end, never as rows.
  const pieces = new Map<string, string[]>()
  const counts = await streamCsvTables(frame, batches, choice, (fileName): TextSink => {
    const list: string[] = []
    pieces.set(fileName, list)
    return {
      write: (text) => {
        list.push(text)
        return Promise.resolve()
      },
      close: () => Promise.resolve(),
    }
  })
  const files = [...pieces].map(([fileName, list]) => ({ fileName, content: list.join('') }))
  return { files, counts }
}
