import type { Annotation } from '../../shared/domain/annotation'
import type { NewsDocument } from '../../shared/domain/document'
import type { Project } from '../../shared/domain/project'
import { db } from '../db/NewscoderDb'
import { announceAnnotationChange } from './annotationEvents'

/** What the trash holds: deleted projects, and deleted documents and spans of live projects. */
export type TrashContents = {
  projects: Project[]
  documents: NewsDocument[]
  annotations: Annotation[]
}

/** Reads the trash in one transaction. */
export async function listTrash(): Promise<TrashContents> {
  return db.transaction('r', db.projects, db.documents, db.annotations, async () => {
    const projects = await db.projects.filter((p) => p.deletedAt !== null).toArray()
    const gone = new Set(projects.map((p) => p.id))
    const documents = await db.documents
      .filter((d) => d.deletedAt !== null && !gone.has(d.projectId))
      .toArray()
    const goneDocs = new Set(documents.map((d) => d.id))
    const annotations = await db.annotations
      .filter((a) => a.deletedAt !== null && !gone.has(a.projectId) && !goneDocs.has(a.documentId))
      .toArray()
    return { projects, documents, annotations }
  })
}

/** Brings a document back from the trash. */
export async function restoreDocument(id: string): Promise<void> {
  await db.transaction('rw', db.documents, async () => {
    await db.documents.update(id, { deletedAt: null, updatedAt: Date.now() })
  })
}

/** Brings a span back from the trash and tells the open reader. */
export async function restoreTrashedAnnotation(id: string): Promise<void> {
  const row = await db.annotations.get(id)
  if (!row) return
  await db.transaction('rw', db.annotations, async () => {
    await db.annotations.update(id, { deletedAt: null, updatedAt: Date.now() })
  })
  announceAnnotationChange({ documentId: row.documentId, kind: 'reload' })
}

/**
 * "Empty trash": deletes for good, in one transaction, every trashed project with all its rows,
 * every trashed document with its text, spans and article codings, and every trashed span.
 * Returns how many rows of each kind went.
 */
export async function emptyTrash(): Promise<{
  projects: number
  documents: number
  annotations: number
}> {
  const tables = [
    db.projects,
    db.documents,
    db.texts,
    db.codebooks,
    db.codebookVersions,
    db.speakers,
    db.annotations,
    db.articleCodings,
  ]
  const result = await db.transaction('rw', tables, async () => {
    const trash = await listTrash()
    const projectIds = trash.projects.map((p) => p.id)
    for (const table of tables.slice(1)) await table.where('projectId').anyOf(projectIds).delete()
    await db.projects.bulkDelete(projectIds)
    const docIds = trash.documents.map((d) => d.id)
    await db.documents.bulkDelete(docIds)
    await db.texts.bulkDelete(docIds)
    await db.annotations.where('documentId').anyOf(docIds).delete()
    await db.articleCodings.where('documentId').anyOf(docIds).delete()
    await db.annotations.bulkDelete(trash.annotations.map((a) => a.id))
    return trash
  })
  const touched = new Set(result.annotations.map((a) => a.documentId))
  for (const documentId of touched) announceAnnotationChange({ documentId, kind: 'reload' })
  return {
    projects: result.projects.length,
    documents: result.documents.length,
    annotations: result.annotations.length,
  }
}
