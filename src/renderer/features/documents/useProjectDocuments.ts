import { useLiveQuery } from 'dexie-react-hooks'
import type { NewsDocument } from '../../../shared/domain/document'
import { db } from '../../db/NewscoderDb'

/**
 * The live (not deleted) documents of a project, metadata only: texts sit in their own table so
 * this stays cheap with thousands of articles. Undefined while loading.
 */
export function useProjectDocuments(projectId: string | null): NewsDocument[] | undefined {
  return useLiveQuery(async () => {
    if (projectId === null) return []
    const docs = await db.documents.where('projectId').equals(projectId).toArray()
    return docs.filter((d) => d.deletedAt === null)
  }, [projectId])
}
