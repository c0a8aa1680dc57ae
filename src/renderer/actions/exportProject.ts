import type { MultiLayout } from '../../shared/export/annotationRows'
import type { NamedTable, TableName } from '../../shared/export/exportTables'
import { TABLE_NAMES, buildTables } from '../../shared/export/exportTables'
import { fileSlug } from '../../shared/export/fileSlug'
import type { CsvProfile } from '../../shared/export/toCsv'
import { projectToQdpx } from '../../shared/refiQda/projectToQdpx'
import {
  toWebAnnotations,
  webAnnotationCollection,
} from '../../shared/webAnnotation/toWebAnnotations'
import { db } from '../db/NewscoderDb'
import { exportCsvTables } from './exportCsvTables'
import { readProjectExport } from './exportActions'
import { tablesToXlsx } from './exportXlsx'

/** The export formats of the dialog. */
export type ExportFormat = 'csv-zip' | 'csv-files' | 'xlsx' | 'qdpx' | 'jsonld'

/** What the user chose in the export dialog. */
export type ExportChoice = {
  format: ExportFormat
  tables: ReadonlySet<TableName>
  profile: CsvProfile
  layout: MultiLayout
}

/** One file to save, with the filter its save dialog shows. */
export type SavedFile = {
  fileName: string
  content: string | Uint8Array<ArrayBuffer>
  filterName: string
  extensions: string[]
}

/** A finished export: its files and a sentence for the notice ("4 tables, 12 spans left out"). */
export type ExportResult = { files: SavedFile[]; summary: string }

/** Progress from 0 to 1 and what is being done. */
export type ExportProgress = (fraction: number, step: string) => void

// Lets the browser paint the progress bar between steps of a long export.
const yieldToUi = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))

const day = (now: Date): string =>
  `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`

const skippedNote = (n: number): string =>
  n === 0 ? '' : `; ${n} span${n === 1 ? '' : 's'} whose text could not be found left out`

/**
 * Exports one project in the chosen format, reporting progress and yielding to the UI between
 * steps (CSV: between batches of articles, see exportCsvTables; others: reading, each table,
 * packing) so the dialog's progress bar moves on large projects:
 * the chosen tables as CSV files (separately or zipped into one folder) or as one .xlsx workbook,
 * the whole project as a REFI-QDA .qdpx, or its spans as a W3C Web Annotation collection.
 * File names start with the project's slug and end with today's date.
 */
export async function exportProject(
  projectId: string,
  choice: ExportChoice,
  progress: ExportProgress = () => {},
  now: Date = new Date(),
): Promise<ExportResult> {
  progress(0, 'Reading the project')
  await yieldToUi()
  // Only the formats that need the whole project in memory read it whole (readProjectExport);
  // CSV reads it batch by batch (exportCsvTables).
  const project = await db.projects.get(projectId)
  if (!project) throw new Error('This project no longer exists.')
  const base = `${fileSlug(project.name)}-${day(now)}`

  if (choice.format === 'qdpx') {
    const input = await readProjectExport(projectId)
    progress(0.3, 'Writing the REFI-QDA project')
    await yieldToUi()
    const { bytes, skipped } = projectToQdpx(input)
    progress(1, 'Done')
    return {
      files: [
        {
          fileName: `${base}.qdpx`,
          content: bytes,
          filterName: 'REFI-QDA project',
          extensions: ['qdpx'],
        },
      ],
      summary: `REFI-QDA project${skippedNote(skipped)}`,
    }
  }
  if (choice.format === 'jsonld') {
    const input = await readProjectExport(projectId)
    progress(0.3, 'Writing the Web Annotations')
    await yieldToUi()
    const { annotations, skipped } = toWebAnnotations(input)
    const collection = webAnnotationCollection(input.project.id, input.project.name, annotations)
    progress(1, 'Done')
    return {
      files: [
        {
          fileName: `${base}-annotations.jsonld`,
          content: JSON.stringify(collection, null, 2),
          filterName: 'JSON-LD',
          extensions: ['jsonld', 'json'],
        },
      ],
      summary: `${annotations.length} Web Annotations${skippedNote(skipped)}`,
    }
  }

  const names = TABLE_NAMES.filter((n) => choice.tables.has(n))
  if (names.length === 0) throw new Error('Choose at least one table to export.')
  const summary = `${names.length} table${names.length === 1 ? '' : 's'}`
  if (choice.format === 'csv-zip' || choice.format === 'csv-files') {
    const zip = choice.format === 'csv-zip'
    const { files } = await exportCsvTables(
      projectId,
      choice,
      zip ? { zip: true, folder: `${base}-csv` } : { zip: false },
      (done, total) =>
        progress(0.05 + (0.9 * done) / Math.max(total, 1), `Writing ${done} of ${total} articles`),
    )
    progress(1, 'Done')
    return {
      files: files.map((f) =>
        zip
          ? { ...f, filterName: 'Zip archive', extensions: ['zip'] }
          : { ...f, fileName: `${base}-${f.fileName}`, filterName: 'CSV', extensions: ['csv'] },
      ),
      summary,
    }
  }
  const input = await readProjectExport(projectId)
  const tables: NamedTable[] = []
  for (const [i, name] of names.entries()) {
    progress(0.1 + (0.7 * i) / names.length, `Building ${name}.csv`)
    await yieldToUi()
    tables.push(...buildTables(input, new Set([name]), choice.layout))
  }
  progress(0.8, 'Packing the files')
  await yieldToUi()
  const files: SavedFile[] = [
    {
      fileName: `${base}.xlsx`,
      content: await tablesToXlsx(tables),
      filterName: 'Excel workbook',
      extensions: ['xlsx'],
    },
  ]
  progress(1, 'Done')
  return { files, summary }
}
