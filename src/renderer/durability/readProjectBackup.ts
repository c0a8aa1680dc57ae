import type { ProjectBackup } from '../../shared/backup/projectBackup'
import { db } from '../db/NewscoderDb'

/**
 * Reads everything of one project — deleted documents and annotations included, so the trash
 * survives a backup — in one read transaction, so the backup is a consistent moment.
 */
export async function readProjectBackup(projectId: string): Promise<ProjectBackup> {
  const tables = [
    db.projects,
    db.documents,
    db.texts,
    db.codebooks,
    db.codebookVersions,
    db.speakers,
    db.annotations,
    db.articleCodings,
    db.settings,
  ]
  return db.transaction('r', tables, async () => {
    const project = await db.projects.get(projectId)
    if (!project) throw new Error('This project no longer exists.')
    const [documents, texts, codebooks, codebookVersions, speakers, annotations, articleCodings] =
      await Promise.all([
        db.documents.where('projectId').equals(projectId).toArray(),
        db.texts.where('projectId').equals(projectId).toArray(),
        db.codebooks.where('projectId').equals(projectId).toArray(),
        db.codebookVersions.where('projectId').equals(projectId).toArray(),
        db.speakers.where('projectId').equals(projectId).toArray(),
        db.annotations.where('projectId').equals(projectId).toArray(),
        db.articleCodings.where('projectId').equals(projectId).toArray(),
      ])
    // Settings are keyed app-wide; those of a project carry its id in their key.
    const settings = await db.settings.filter((row) => row.key.includes(projectId)).toArray()
    return {
      project,
      documents,
      texts,
      codebooks,
      codebookVersions,
      speakers,
      annotations,
      articleCodings,
      settings,
    }
  })
}
