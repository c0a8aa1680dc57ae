import { useState, type FormEvent } from 'react'
import type { ColumnMapping } from '../../../shared/import/importTypes'
import { Modal } from '../shell/Modal'
import { ColumnSelect } from './ColumnSelect'
import { guessMapping } from './guessMapping'
import { confirmMapping, skipMapping } from './importRun'
import type { TableGroup } from './importRunStore'
import { TablePreview } from './TablePreview'

const FIELDS: { field: keyof ColumnMapping; label: string }[] = [
  { field: 'text', label: 'Text column' },
  { field: 'title', label: 'Title column' },
  { field: 'date', label: 'Date column' },
  { field: 'outlet', label: 'Outlet column' },
  { field: 'url', label: 'URL column' },
  { field: 'author', label: 'Author column' },
]

const plural = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`

/**
 * The mapping step for table files (.csv, .tsv, .jsonl, .xlsx): a preview of the first rows and
 * which column holds the text, title, date, outlet, URL and author, guessed from the column
 * names. Files with the same columns are mapped once. Every other column becomes an attribute.
 */
export function MapColumnsDialog({ group }: { group: TableGroup }) {
  const [mapping, setMapping] = useState<ColumnMapping>(() => guessMapping(group.columns))
  const [busy, setBusy] = useState(false)
  const rows = group.files.reduce((n, f) => n + f.table.rows.length, 0)
  const first = group.files[0]
  const unmapped = group.columns.filter((c) => !Object.values(mapping).includes(c))

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (busy || mapping.text === '') return
    setBusy(true)
    // "(none)" leaves a field out rather than naming an empty column.
    const chosen = Object.fromEntries(Object.entries(mapping).filter(([, v]) => v)) as ColumnMapping
    await confirmMapping(chosen)
  }

  return (
    <Modal title="Map columns" onClose={skipMapping} className="modal-wide map-columns">
      <form onSubmit={submit}>
        <p>
          {group.files.map((f) => f.source.name).join(', ')}: {plural(rows, 'row', 'rows')}, one
          article per row. Choose which column holds what.
        </p>
        {first && <TablePreview table={first.table} />}
        <div className="column-grid">
          {FIELDS.map(({ field, label }) => (
            <ColumnSelect
              key={field}
              label={label}
              columns={group.columns}
              value={mapping[field]}
              optional={field !== 'text'}
              onChange={(value) => setMapping((m) => ({ ...m, [field]: value ?? '' }))}
            />
          ))}
        </div>
        <p className="hint">
          {unmapped.length === 0
            ? 'Every column is mapped.'
            : `Kept as attributes of each document: ${unmapped.join(', ')}.`}
        </p>
        <div className="modal-actions">
          <button type="button" onClick={skipMapping} disabled={busy}>
            Skip these files
          </button>
          <button type="submit" className="primary" disabled={busy || mapping.text === ''}>
            {`Import ${plural(rows, 'article', 'articles')}`}
          </button>
        </div>
      </form>
    </Modal>
  )
}
