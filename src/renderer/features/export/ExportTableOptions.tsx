import type { MultiLayout } from '../../../shared/export/annotationRows'
import type { TableName } from '../../../shared/export/exportTables'
import { TABLE_NAMES } from '../../../shared/export/exportTables'

type Props = {
  tables: ReadonlySet<TableName>
  onTables: (tables: Set<TableName>) => void
  layout: MultiLayout
  onLayout: (layout: MultiLayout) => void
}

/** Which tables to export, and how multiple-choice values are laid out in them. */
export function ExportTableOptions({ tables, onTables, layout, onLayout }: Props) {
  const toggle = (name: TableName, on: boolean) => {
    const next = new Set(tables)
    if (on) next.add(name)
    else next.delete(name)
    onTables(next)
  }
  return (
    <>
      <fieldset className="choice-group horizontal">
        <legend>Tables</legend>
        {TABLE_NAMES.map((name) => (
          <label key={name} className="choice">
            <input
              type="checkbox"
              checked={tables.has(name)}
              onChange={(e) => toggle(name, e.currentTarget.checked)}
            />
            {`${name}.csv`}
          </label>
        ))}
      </fieldset>
      <fieldset className="choice-group">
        <legend>Multiple-choice values</legend>
        <label className="choice export-choice">
          <input
            type="radio"
            name="layout"
            checked={layout === 'wide'}
            onChange={() => onLayout('wide')}
          />
          <span className="choice-label">Wide: values joined with ;</span>
        </label>
        <label className="choice export-choice">
          <input
            type="radio"
            name="layout"
            checked={layout === 'long'}
            onChange={() => onLayout('long')}
          />
          <span className="choice-label">Long: one row per value</span>
        </label>
      </fieldset>
    </>
  )
}
