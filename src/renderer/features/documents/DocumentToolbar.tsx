import { useSession } from '../../state/sessionStore'
import { runAppCommand } from '../../shortcuts/appCommands'
import { errorMessage } from '../shell/errorMessage'
import { trashDocument } from './trashDocument'
import { useDocument } from './useDocument'

/** Above the reader: where the open article comes from, and its details and delete actions. */
export function DocumentToolbar() {
  const documentId = useSession((s) => s.documentId)
  const notify = useSession((s) => s.notify)
  const document = useDocument(documentId)
  if (!document) return null
  const meta = [document.outlet, document.author, document.date].filter(Boolean).join(' · ')
  return (
    <div className="document-toolbar" role="toolbar" aria-label="Article">
      <span className="document-toolbar-meta">{meta || 'No outlet, author or date yet'}</span>
      <button type="button" onClick={() => void runAppCommand('document-details')}>
        Document details
      </button>
      <button
        type="button"
        className="danger-quiet"
        onClick={() =>
          trashDocument(document.id, document.title).catch((e: unknown) =>
            notify('error', errorMessage(e)),
          )
        }
      >
        Delete document
      </button>
    </div>
  )
}
