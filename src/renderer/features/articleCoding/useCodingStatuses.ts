import { useLiveQuery } from 'dexie-react-hooks'
import type { CodingStatus } from '../../../shared/domain/articleCoding'
import { db } from '../../db/NewscoderDb'

const NONE: ReadonlyMap<string, CodingStatus> = new Map()

/** Every coding status of one coder in a project, by document id (read once per call). */
export async function codingStatuses(
  projectId: string,
  coder: string,
): Promise<Map<string, CodingStatus>> {
  const rows = await db.articleCodings
    .where('projectId')
    .equals(projectId)
    .filter((c) => c.coder === coder)
    .toArray()
  return new Map(rows.map((c) => [c.documentId, c.status]))
}

/**
 * The coder's status of every document of the project, live; a document without an entry has
 * not been started. One row per document and coder, so the table stays small enough to watch.
 */
export function useCodingStatuses(
  projectId: string | null,
  coder: string,
): ReadonlyMap<string, CodingStatus> {
  return (
    useLiveQuery(
      async () => (projectId === null ? NONE : codingStatuses(projectId, coder)),
      [projectId, coder],
    ) ?? NONE
  )
}
