import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import {
  emptyTrash,
  listTrash,
  restoreDocument,
  restoreTrashedAnnotation,
} from '../../actions/trashActions'
import { useSession } from '../../state/sessionStore'
import { errorMessage } from '../shell/errorMessage'

/**
 * Deleted documents and spans of live projects, each with Restore, and "Empty trash" (after a
 * confirmation) which deletes them and the deleted projects for good. Deleted projects are listed
 * with their own Restore above (ProjectTrash).
 */
export function TrashSection() {
  const trash = useLiveQuery(listTrash, [])
  const notify = useSession((s) => s.notify)
  const [confirming, setConfirming] = useState(false)
  if (!trash) return null
  const total = trash.projects.length + trash.documents.length + trash.annotations.length

  async function run(work: () => Promise<unknown>, done: string) {
    try {
      await work()
      notify('info', done)
    } catch (error) {
      notify('error', errorMessage(error))
    }
  }

  return (
    <div className="trash-section">
      {trash.documents.length > 0 && (
        <ul className="trash-list" aria-label="Deleted documents">
          {trash.documents.map((d) => (
            <li key={d.id}>
              <span>{d.title || '(untitled)'}</span>
              <button
                type="button"
                aria-label={`Restore document “${d.title}”`}
                onClick={() => run(() => restoreDocument(d.id), `Restored “${d.title}”.`)}
              >
                Restore
              </button>
            </li>
          ))}
        </ul>
      )}
      {trash.annotations.length > 0 && (
        <ul className="trash-list" aria-label="Deleted spans">
          {trash.annotations.map((a) => (
            <li key={a.id}>
              <span>“{a.exact.length > 60 ? `${a.exact.slice(0, 60)}…` : a.exact}”</span>
              <button
                type="button"
                aria-label={`Restore span “${a.exact.slice(0, 60)}”`}
                onClick={() => run(() => restoreTrashedAnnotation(a.id), 'Span restored.')}
              >
                Restore
              </button>
            </li>
          ))}
        </ul>
      )}
      {total > 0 && !confirming && (
        <button type="button" onClick={() => setConfirming(true)}>
          Empty trash
        </button>
      )}
      {confirming && (
        <div role="alertdialog" aria-label="Empty trash?" className="confirm-row">
          <p>
            Delete {trash.projects.length} projects, {trash.documents.length} documents and{' '}
            {trash.annotations.length} spans for good? This cannot be undone.
          </p>
          <button
            type="button"
            className="danger"
            onClick={() =>
              run(async () => {
                await emptyTrash()
                setConfirming(false)
              }, 'The trash was emptied.')
            }
          >
            Delete for good
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      )}
    </div>
  )
}
