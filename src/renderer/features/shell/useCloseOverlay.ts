import { useSession } from '../../state/sessionStore'

/** The function dialogs call to close themselves. */
export function useCloseOverlay(): () => void {
  const setOverlay = useSession((s) => s.setOverlay)
  return () => setOverlay(null)
}
