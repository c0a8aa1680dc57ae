import { backupProject } from '../../actions/backupActions'
import { setJournalSink } from '../../db/journalMiddleware'
import type { NoticeAction } from '../../state/sessionStore'
import { useSession } from '../../state/sessionStore'
import { errorMessage } from '../shell/errorMessage'

/** Changes after which browser mode reminds the user to download a backup. */
export const BACKUP_REMINDER_CHANGES = 200

/**
 * Browser mode has no journal: the browser may clear its storage at will. Counts committed
 * changes and, every 200, reminds the user to download a backup, with a "Back up project" button
 * on the notice when a project is open.
 */
export function startBrowserChangeReminder(every = BACKUP_REMINDER_CHANGES): void {
  let count = 0
  setJournalSink(
    (changes) => {
      const before = Math.floor(count / every)
      count += changes.length
      if (Math.floor(count / every) > before) {
        const { projectId, notify } = useSession.getState()
        notify(
          'info',
          `${count} changes since this page opened, and a browser can clear its storage: download a copy with “Back up project”.`,
          projectId === null ? undefined : backupAction(projectId),
        )
      }
    },
    // Only counts: the rows need no JSON copy.
    { readsValues: false },
  )
}

function backupAction(projectId: string): NoticeAction {
  const { notify } = useSession.getState()
  return {
    label: 'Back up project',
    run: () =>
      void backupProject(projectId).then(
        (saved) => saved && notify('info', 'The project backup was saved.'),
        (error) => notify('error', `The backup failed: ${errorMessage(error)}`),
      ),
  }
}
