import { useLiveQuery } from 'dexie-react-hooks'
import { loadReliabilitySample } from '../../actions/reliabilityActions'

const NONE: ReadonlySet<string> = new Set()

/**
 * The ids of the project's reliability-sample documents (empty while loading or without a
 * sample). One live query for a whole list, rather than one per row.
 */
export function useSampleIds(projectId: string | null): ReadonlySet<string> {
  const ids = useLiveQuery(
    async () =>
      projectId ? new Set((await loadReliabilitySample(projectId))?.ids ?? []) : undefined,
    [projectId],
  )
  return ids ?? NONE
}
