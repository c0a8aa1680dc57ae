import type { TabularData } from '../../../shared/import/importTypes'

/** Rows shown in the mapping preview, and the longest cell text shown. */
const PREVIEW_ROWS = 5
const CELL_CHARS = 140

const clip = (cell: string) =>
  cell.length > CELL_CHARS ? `${cell.slice(0, CELL_CHARS).trimEnd()}…` : cell

/**
 * The first rows of a table, as plain text cells: a cell is never interpreted as HTML (React
 * renders strings as text), so a hostile CSV shows its markup instead of running it.
 */
export function TablePreview({ table }: { table: TabularData }) {
  return (
    <div className="table-preview">
      <table>
        <caption>First rows of the file</caption>
        <thead>
          <tr>
            {table.columns.map((c, i) => (
              <th key={i} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.slice(0, PREVIEW_ROWS).map((row, r) => (
            <tr key={r}>
              {table.columns.map((_, i) => (
                <td key={i}>{clip(row[i] ?? '')}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
