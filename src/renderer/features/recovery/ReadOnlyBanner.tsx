import { READ_ONLY_MESSAGE } from '../../db/readOnlyMiddleware'
import { useSession } from '../../state/sessionStore'
import './readOnlyBanner.css'

/** Says, above the workspace, that the data comes from a newer Newscoder and is not written. */
export function ReadOnlyBanner() {
  const readOnly = useSession((s) => s.readOnly)
  if (!readOnly) return null
  return (
    <div className="read-only-banner" role="status" aria-label="Read-only">
      {READ_ONLY_MESSAGE}
    </div>
  )
}
