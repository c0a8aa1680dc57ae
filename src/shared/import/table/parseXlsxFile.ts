import { readSheet } from 'read-excel-file/universal'
import type { ImportInput, ImportOutcome } from '../importTypes'
import { declaresDtd, inspectZip } from '../zipGuard'
import { tableColumns } from './tableColumns'

/** The parts read-excel-file parses for the first sheet, checked for DTDs (entity bombs, XXE). */
const XML_PARTS = [
  'xl/workbook.xml',
  'xl/sharedStrings.xml',
  'xl/styles.xml',
  'xl/worksheets/sheet1.xml',
]

/** A spreadsheet cell as text: dates as ISO (a date at midnight UTC as YYYY-MM-DD). */
function cell(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) {
    const iso = value.toISOString()
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso
  }
  return String(value)
}

/**
 * Reads the first sheet of an Excel (.xlsx) file into a table: the first row is the header, empty
 * rows are skipped, every value becomes text. The zip is checked first (`inspectZip`: readable,
 * within the expansion limit, no DTD in its XML parts) so that a zip bomb or an entity bomb is
 * refused before read-excel-file unpacks it.
 */
export async function parseXlsxFile(file: ImportInput): Promise<ImportOutcome> {
  const name = `“${file.name}”`
  if (file.bytes === null) return { ok: false, error: `${name} could not be read.` }
  if (file.bytes.length === 0) return { ok: false, error: `${name} is empty.` }
  const zip = inspectZip(file.name, file.bytes, 'Excel file', XML_PARTS)
  if (!zip.ok) return zip
  if (Object.values(zip.parts).some(declaresDtd)) {
    return {
      ok: false,
      error: `${name} declares a DTD or entities, which Excel files never do; it was refused.`,
    }
  }
  let data: unknown[][]
  try {
    const buffer = file.bytes.buffer.slice(
      file.bytes.byteOffset,
      file.bytes.byteOffset + file.bytes.byteLength,
    ) as ArrayBuffer
    data = (await readSheet(buffer)) as unknown[][]
  } catch {
    return { ok: false, error: `${name} is damaged: it could not be read as an Excel workbook.` }
  }
  const rows = data
    .map((row) => row.map(cell))
    .filter((row) => row.some((value) => value.trim() !== ''))
  const header = rows[0]
  if (header === undefined) return { ok: false, error: `${name} has no text.` }
  if (rows.length < 2) return { ok: false, error: `${name} has a header but no rows to import.` }
  const columns = tableColumns(header)
  const body = rows.slice(1).map((row) => columns.map((_, i) => row[i] ?? ''))
  return { ok: true, kind: 'table', table: { columns, rows: body, format: 'xlsx' } }
}
