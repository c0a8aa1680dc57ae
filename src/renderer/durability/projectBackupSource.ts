import type { BackupTable } from '../../shared/backup/backupFormat'
import type { TableBatches } from '../../shared/backup/streamArchive'
import type { Project } from '../../shared/domain/project'
import { db } from '../db/NewscoderDb'

/** Documents whose texts or spans are read at once: a few megabytes of JSON per batch. */
export const BACKUP_BATCH_DOCUMENTS = 200

/** Progress of a backup: documents whose spans were read so far, out of all documents. */
export type BackupProgress = (done: number, total: number) => void

// Lets the browser paint between batches of a long backup.
const yieldToUi = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))

/** A project's backup rows, table by table and batch by batch, for `streamArchive`. */
export type ProjectBackupSource = { project: Project; batches: TableBatches }

/**
 * Returns the rows of one project's backup (everything, deleted documents and spans included,
 * like `readProjectBackup`) as batches: the small tables whole, texts and spans 200 documents at
 * a time through the documentId indexes, so the project is never in memory at once. Texts and
 * spans whose document is gone are still included (a last batch, when the counts differ). Each
 * batch is read in its own transaction; the caller keeps the project from changing meanwhile.
 */
export async function projectBackupSource(
  projectId: string,
  progress: BackupProgress = () => {},
  size: number = BACKUP_BATCH_DOCUMENTS,
): Promise<ProjectBackupSource> {
  const project = await db.projects.get(projectId)
  if (!project) throw new Error('This project no longer exists.')
  const documents = await db.documents.where('projectId').equals(projectId).toArray()
  const ids = documents.map((d) => d.id)
  const byProject = (table: 'codebooks' | 'codebookVersions' | 'speakers' | 'articleCodings') =>
    db[table].where('projectId').equals(projectId).toArray()

  const known = new Set(ids)
  // Rows of the project that no document's batch gave (their document is gone): one last batch.
  async function* leftovers(table: 'texts' | 'annotations', count: number) {
    const orphan = (row: { documentId: string }): boolean => !known.has(row.documentId)
    if (table === 'texts') {
      const all = db.texts.where('projectId').equals(projectId)
      if ((await all.count()) !== count) yield await all.filter(orphan).toArray()
    } else {
      const all = db.annotations.where('projectId').equals(projectId)
      if ((await all.count()) !== count) yield await all.filter(orphan).toArray()
    }
  }
  async function* texts() {
    let count = 0
    for (let i = 0; i < ids.length; i += size) {
      const rows = (await db.texts.bulkGet(ids.slice(i, i + size))).filter((row) => !!row)
      count += rows.length
      yield rows
      await yieldToUi()
    }
    yield* leftovers('texts', count)
  }
  async function* annotations() {
    let count = 0
    progress(0, ids.length)
    for (let i = 0; i < ids.length; i += size) {
      const rows = await db.annotations
        .where('documentId')
        .anyOf(ids.slice(i, i + size))
        .toArray()
      count += rows.length
      yield rows
      progress(Math.min(i + size, ids.length), ids.length)
      await yieldToUi()
    }
    yield* leftovers('annotations', count)
  }
  async function* whole(table: BackupTable) {
    if (table === 'projects') yield [project]
    else if (table === 'documents') yield documents
    else if (table === 'texts') yield* texts()
    else if (table === 'annotations') yield* annotations()
    // Settings are keyed app-wide; those of a project carry its id in their key.
    else if (table === 'settings')
      yield await db.settings.filter((row) => row.key.includes(projectId)).toArray()
    else yield await byProject(table)
  }
  return { project, batches: whole }
}
