import { useSession } from '../../state/sessionStore'
import { runAppCommand } from '../../shortcuts/appCommands'
import { errorMessage } from '../shell/errorMessage'
import { trashDocument } from './trashDocument'
import { useDocument } from './useDocument'
import './documents.css'

/** Above the reader (whose header shows title and metadata): edit details, or delete the article. */
export function DocumentToolbar() {
  const documentId = useSession((s) => s.documentId)
  const notify = useSession((s) => s.notify)
  const document = useDocument(documentId)
  if (!document) return null
  return (
    <div className="document-toolbar" role="toolbar" aria-label="Article">
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
