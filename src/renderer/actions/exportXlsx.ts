import writeXlsxFile from 'write-excel-file/browser'
import type { SheetData } from 'write-excel-file/browser'
import type { NamedTable } from '../../shared/export/exportTables'

// A cell is written as a number only when the text is a number's one canonical spelling, so that
// "08123", "1e3" or "-0" stay text exactly as in the CSV, while offsets and counts sort as numbers.
const CANONICAL_NUMBER = /^-?(?:0|[1-9]\d{0,14})(?:\.\d{1,15})?$/

function cell(value: string) {
  if (CANONICAL_NUMBER.test(value) && String(Number(value)) === value) {
    return { type: Number, value: Number(value) }
  }
  return { type: String, value }
}

/**
 * Returns an Excel workbook (.xlsx) with one sheet per table, named after it, a bold frozen header
 * row, and cells as text except canonical numbers. Strings are never written as formulas, so a
 * cell like "=SUM(A1)" stays text without the CSV spreadsheet profile's quote.
 */
export async function tablesToXlsx(
  tables: readonly NamedTable[],
): Promise<Uint8Array<ArrayBuffer>> {
  const sheets = tables.map((t) => ({
    sheet: t.name,
    stickyRowsCount: 1,
    data: [
      t.header.map((h) => ({ type: String, value: h, fontWeight: 'bold' as const })),
      ...t.rows.map((row) => row.map(cell)),
    ] as SheetData,
  }))
  const blob = await writeXlsxFile(sheets).toBlob()
  return new Uint8Array(await blob.arrayBuffer())
}
