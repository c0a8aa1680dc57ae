import { useLiveQuery } from 'dexie-react-hooks'
import { loadReliabilitySample } from '../../actions/reliabilityActions'

/**
 * "Sample" after a document's title when it belongs to the project's reliability sample. One
 * live query per project, shared by all rows (the list shows thousands).
 */
export function SampleBadge({ projectId, documentId }: { projectId: string; documentId: string }) {
  const ids = useLiveQuery(
    async () => new Set((await loadReliabilitySample(projectId))?.ids ?? []),
    [projectId],
  )
  if (!ids?.has(documentId)) return null
  return <span className="nc-sample-badge"> · Sample</span>
}
