import { useLiveQuery } from 'dexie-react-hooks'
import { isBlindFor } from '../../actions/reliabilityActions'

/**
 * Whether blind mode hides other coders' spans of this document from `coder` (see `isBlindFor`);
 * true while unknown, so another coder's work never flashes up before the answer arrives.
 */
export function useBlindMode(projectId: string, documentId: string, coder: string): boolean {
  const blind = useLiveQuery(
    () => isBlindFor(projectId, documentId, coder),
    [projectId, documentId, coder],
  )
  return blind ?? true
}
