import type { SaveStatus } from '../../durability/saveStatusStore'
import { useSaveStatus } from '../../durability/saveStatusStore'
import './saveStatusIndicator.css'

const TEXT: Record<Exclude<SaveStatus, 'off'>, { text: string; title: string }> = {
  saving: { text: 'Saving…', title: 'Writing the latest change to the backup journal on disk' },
  saved: { text: 'Saved', title: 'Every change is on disk in the backup journal' },
  failed: {
    text: 'Not in backup journal',
    title: 'The latest changes are in the app but the backup journal could not be written',
  },
}

/**
 * Says whether the latest changes are safely on disk: "Saved" only after the desktop app's journal
 * has fsynced them. Browser mode has no journal, so nothing is shown there (Settings says why).
 */
export function SaveStatusIndicator() {
  const status = useSaveStatus((s) => s.status)
  if (status === 'off') return null
  const { text, title } = TEXT[status]
  return (
    <span
      className={`save-status save-status-${status}`}
      role="status"
      aria-label="Save status"
      title={title}
    >
      {text}
    </span>
  )
}
