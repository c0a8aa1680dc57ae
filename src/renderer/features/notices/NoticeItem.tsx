import { useEffect } from 'react'
import type { Notice } from '../../state/sessionStore'

/** How long an info notice stays: long enough to read a sentence twice. */
export const INFO_NOTICE_MS = 6000

type NoticeItemProps = { notice: Notice; onDismiss: (id: number) => void }

/**
 * One notice with a dismiss button. Info notices leave by themselves; errors, and notices that
 * offer an action, stay until the user acts or dismisses them.
 */
export function NoticeItem({ notice, onDismiss }: NoticeItemProps) {
  useEffect(() => {
    if (notice.kind !== 'info' || notice.action) return undefined
    const timer = setTimeout(() => onDismiss(notice.id), INFO_NOTICE_MS)
    return () => clearTimeout(timer)
  }, [notice, onDismiss])

  return (
    <div
      className={`notice notice-${notice.kind}`}
      role={notice.kind === 'error' ? 'alert' : undefined}
    >
      <span>{notice.text}</span>
      {notice.action && (
        <button
          type="button"
          onClick={() => {
            onDismiss(notice.id)
            notice.action?.run()
          }}
        >
          {notice.action.label}
        </button>
      )}
      <button
        type="button"
        className="icon-button"
        aria-label="Dismiss notice"
        onClick={() => onDismiss(notice.id)}
      >
        ×
      </button>
    </div>
  )
}
