import { useSession } from '../../state/sessionStore'
import { useBlindMode } from './useBlindMode'

/**
 * Whether the reader colours highlights by coder: when "Show coder" is "All coders" or another
 * coder, and blind mode does not hide the others (then only the user's own spans are shown).
 */
export function useColourByCoder(projectId: string, documentId: string): boolean {
  const layer = useSession((s) => s.coderLayer)
  const me = useSession((s) => s.coder)
  const blind = useBlindMode(projectId, documentId, me)
  return !blind && layer.kind !== 'mine'
}
