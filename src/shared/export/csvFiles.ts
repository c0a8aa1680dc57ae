import type { NamedTable } from './exportTables'
import type { CsvProfile } from './toCsv'
import { toCsv } from './toCsv'

/** A named text file of an export. */
export type TextFile = { fileName: string; content: string }

/**
 * Returns each table as `<name>.csv` in the given profile (see `toCsv`), whole; exports of a
 * project stream them instead (`streamCsvTables`, `zipCsvTables`), with the same text.
 */
export function csvFiles(tables: readonly NamedTable[], profile: CsvProfile): TextFile[] {
  return tables.map((t) => ({
    fileName: `${t.name}.csv`,
    content: toCsv(t.header, t.rows, profile),
  }))
}
