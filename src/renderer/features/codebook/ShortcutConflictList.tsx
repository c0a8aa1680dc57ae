import type { Codebook } from '../../../shared/domain/codebook'
import { shortcutConflicts } from '../../../shared/codebook/shortcutConflicts'

/** The codebook's shortcut conflicts, announced as an alert; nothing when there are none. */
export function ShortcutConflictList({ codebook }: { codebook: Codebook }) {
  const conflicts = shortcutConflicts(codebook)
  if (conflicts.length === 0) return null
  return (
    <div role="alert" className="cb-conflicts">
      <strong>Shortcut conflicts</strong>
      <ul>
        {conflicts.map((c) => (
          <li key={c.key}>{c.message}</li>
        ))}
      </ul>
    </div>
  )
}
