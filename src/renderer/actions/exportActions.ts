import type { CsvProfile } from '../../shared/export/toCsv'
import { exportAnnotationsCsv } from '../../shared/export/exportAnnotationsCsv'
import type { ProjectExportInput } from '../../shared/export/exportTables'
import { db } from '../db/NewscoderDb'
import { readFrameRows } from './readExportBatches'

/** A finished export, ready for the platform's save dialog or download. */
export type ExportFile = { fileName: string; content: string; rowCount: number }

/**
 * Reads everything one project's exports need in a single read transaction (a consistent
 * snapshot): the project, its live documents, texts, codebook, speakers, annotations and
 * article-level codings.
 */
export async function readProjectExport(projectId: string): Promise<ProjectExportInput> {
  return db.transaction(
    'r',
    [
      db.projects,
      db.documents,
      db.texts,
      db.codebooks,
      db.speakers,
      db.annotations,
      db.articleCodings,
    ],
    async () => {
      const frame = await readFrameRows(projectId)
      const textRows = await db.texts.where('projectId').equals(projectId).toArray()
      const texts = new Map(textRows.map((t) => [t.documentId, t.text]))
      const annotations = await db.annotations.where('projectId').equals(projectId).toArray()
      const articleCodings = await db.articleCodings.where('projectId').equals(projectId).toArray()
      return { ...frame, texts, annotations, articleCodings }
    },
  )
}

/** Reads one project and builds the annotations CSV in the chosen profile. */
export async function exportProjectCsv(
  projectId: string,
  profile: CsvProfile,
): Promise<ExportFile> {
  return exportAnnotationsCsv(await readProjectExport(projectId), profile)
}
