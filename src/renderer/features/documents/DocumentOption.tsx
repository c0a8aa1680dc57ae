import type { CodingStatus } from '../../../shared/domain/articleCoding'
import { CodingStatusBadge } from '../articleCoding/CodingStatusBadge'
import { SampleBadge } from '../reliability/SampleBadge'
import type { MouseEvent } from 'react'
import type { DocumentListItem } from './sortDocuments'
import type { SelectMode } from './useListSelection'

type DocumentOptionProps = {
  id: string
  document: DocumentListItem
  /** The current coder's coding status of the article. */
  status: CodingStatus
  /** Whether the document is in the project's reliability sample. */
  inSample: boolean
  selected: boolean
  active: boolean
  position: number
  setSize: number
  top: number
  height: number
  onPick: (mode: SelectMode) => void
}

/**
 * One row of the virtualised document list: title, then outlet · date, a reliability-sample badge
 * and the coding status.
 */
export function DocumentOption(props: DocumentOptionProps) {
  const { id, document, status, inSample, selected, active, position, setSize, top, height } = props
  const { onPick } = props
  const meta = [document.outlet, document.date].filter(Boolean).join(' · ')
  const classes = ['document-option', selected && 'selected', active && 'active'].filter(Boolean)
  return (
    <div
      id={id}
      role="option"
      aria-selected={selected}
      // Only the visible rows exist, so each tells assistive technology where it sits in the list.
      aria-posinset={position}
      aria-setsize={setSize}
      className={classes.join(' ')}
      style={{ position: 'absolute', top, left: 0, right: 0, height }}
      onClick={(event: MouseEvent) =>
        onPick(event.shiftKey ? 'range' : event.ctrlKey || event.metaKey ? 'toggle' : 'single')
      }
    >
      <span className="document-title">{document.title || 'Untitled'}</span>
      <span className="document-meta">
        <span>{meta || 'No outlet or date'}</span>
        {inSample && <SampleBadge />}
        <CodingStatusBadge status={status} />
      </span>
    </div>
  )
}
