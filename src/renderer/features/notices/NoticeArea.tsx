import { useSession } from '../../state/sessionStore'
import { NoticeItem } from './NoticeItem'
import './notices.css'

/**
 * The status area. Info notices go in a polite live region (read when the user pauses); errors
 * carry role="alert" each, so they are announced at once. The live region stays mounted even
 * when empty, because screen readers only announce changes to regions that already exist.
 */
export function NoticeArea() {
  const notices = useSession((s) => s.notices)
  const dismiss = useSession((s) => s.dismissNotice)
  return (
    <div className="notice-area">
      <div role="status" aria-live="polite" aria-label="Notifications">
        {notices
          .filter((n) => n.kind === 'info')
          .map((n) => (
            <NoticeItem key={n.id} notice={n} onDismiss={dismiss} />
          ))}
      </div>
      {notices
        .filter((n) => n.kind === 'error')
        .map((n) => (
          <NoticeItem key={n.id} notice={n} onDismiss={dismiss} />
        ))}
    </div>
  )
}
