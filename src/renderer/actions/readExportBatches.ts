import type { ExportBatch, ExportFrame } from '../../shared/export/streamCsvTables'
import { exportOrder } from '../../shared/export/streamCsvTables'
import { db } from '../db/NewscoderDb'

/** Documents per batch: about 8,000 spans at 40 per article, a few megabytes of CSV. */
export const EXPORT_BATCH_DOCUMENTS = 200

/** Progress of a read: documents read so far out of all live documents. */
export type BatchProgress = (done: number, total: number) => void

// Lets the browser paint the progress bar between batches of a long export.
const yieldToUi = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))

/**
 * The project, its codebook, speakers and live documents (metadata only), read inside the
 * caller's transaction, which must include those four tables. Throws when the project is gone.
 */
export async function readFrameRows(projectId: string): Promise<ExportFrame> {
  const project = await db.projects.get(projectId)
  const codebook = await db.codebooks.where('projectId').equals(projectId).first()
  if (!project || !codebook) throw new Error('This project no longer exists.')
  const documents = (await db.documents.where('projectId').equals(projectId).toArray()).filter(
    (d) => d.deletedAt === null,
  )
  const speakers = await db.speakers.where('projectId').equals(projectId).toArray()
  return { project, codebook, speakers, documents }
}

/**
 * Reads what an export needs before the batches, in one read transaction: the project, its
 * codebook, speakers and live documents (texts and spans come in batches).
 */
export function readExportFrame(projectId: string): Promise<ExportFrame> {
  return db.transaction('r', [db.projects, db.codebooks, db.speakers, db.documents], () =>
    readFrameRows(projectId),
  )
}

/**
 * Yields the frame's documents in export order, `size` at a time, each batch with its texts,
 * spans and article codings read through the documentId indexes in one read transaction, and
 * yields to the UI between batches (reporting progress), so a project of 200,000 spans is never
 * in memory at once and the dialog stays responsive. Each batch is consistent in itself; the
 * export dialog is modal, so nothing the user does changes the project between batches.
 */
export async function* readExportBatches(
  frame: ExportFrame,
  progress: BatchProgress = () => {},
  size: number = EXPORT_BATCH_DOCUMENTS,
): AsyncGenerator<ExportBatch> {
  const order = exportOrder(frame.documents)
  progress(0, order.length)
  for (let i = 0; i < order.length; i += size) {
    const documents = order.slice(i, i + size)
    const ids = documents.map((d) => d.id)
    const batch = await db.transaction(
      'r',
      [db.texts, db.annotations, db.articleCodings],
      async () => {
        const rows = await db.texts.bulkGet(ids)
        const texts = new Map<string, string>()
        for (const row of rows) if (row) texts.set(row.documentId, row.text)
        const annotations = await db.annotations.where('documentId').anyOf(ids).toArray()
        const articleCodings = await db.articleCodings.where('documentId').anyOf(ids).toArray()
        return { documents, texts, annotations, articleCodings }
      },
    )
    yield batch
    progress(Math.min(i + size, order.length), order.length)
    await yieldToUi()
  }
}
