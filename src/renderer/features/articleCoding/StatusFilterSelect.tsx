import { useId } from 'react'
import { codingStatusLabels, codingStatuses } from './codingStatusLabels'
import type { StatusFilter } from './statusFilter'

type Props = { value: StatusFilter; onChange: (value: StatusFilter) => void }

/** The "Status" select of the document list: the current coder's coding status. */
export function StatusFilterSelect({ value, onChange }: Props) {
  const id = useId()
  return (
    <div className="sort-row">
      <label htmlFor={id}>Status</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as StatusFilter)}>
        <option value="all">All</option>
        <option value="todo">Not complete</option>
        {codingStatuses.map((s) => (
          <option key={s} value={s}>
            {codingStatusLabels[s]}
          </option>
        ))}
      </select>
    </div>
  )
}
