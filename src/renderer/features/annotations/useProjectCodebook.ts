import { useLiveQuery } from 'dexie-react-hooks'
import type { Codebook } from '../../../shared/domain/codebook'
import { db } from '../../db/NewscoderDb'

/**
 * The project's codebook, live, so that a codebook edit re-renders the tagging controls and chips.
 * Undefined while loading; null when the project has none.
 */
export function useProjectCodebook(projectId: string): Codebook | null | undefined {
  return useLiveQuery(
    async () => (await db.codebooks.where('projectId').equals(projectId).first()) ?? null,
    [projectId],
  )
}
