import type { CodingStatus } from '../../../shared/domain/articleCoding'
import { codingStatusLabels } from './codingStatusLabels'
import './articleCoding.css'

// Shapes as well as colours, so the status reads without colour vision.
const ICONS: Record<CodingStatus, string> = { not_started: '○', in_progress: '◐', complete: '●' }

/** The coder's status of an article as an icon and a word, e.g. in the document list. */
export function CodingStatusBadge({ status }: { status: CodingStatus }) {
  return (
    <span className={`nc-status-badge nc-status-badge--${status}`}>
      <span aria-hidden="true">{ICONS[status]}</span> {codingStatusLabels[status]}
    </span>
  )
}
