import { setJournalSink } from '../../db/journalMiddleware'
import { useSession } from '../../state/sessionStore'

/** Changes after which browser mode reminds the user to download a backup. */
export const BACKUP_REMINDER_CHANGES = 200

/**
 * Browser mode has no journal: the browser may clear its storage at will. Counts committed
 * changes and, every 200, reminds the user to download a backup.
 */
export function startBrowserChangeReminder(every = BACKUP_REMINDER_CHANGES): void {
  let count = 0
  setJournalSink((changes) => {
    const before = Math.floor(count / every)
    count += changes.length
    if (Math.floor(count / every) > before) {
      useSession
        .getState()
        .notify(
          'info',
          `${count} changes since this page opened, and a browser can clear its storage: download a copy with “Back up project”.`,
        )
    }
  })
}
