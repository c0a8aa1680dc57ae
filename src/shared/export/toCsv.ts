import Papa from 'papaparse'

/**
 * Who reads the file: `analysis` (R, Stata, pandas) gets the values exactly as stored and no BOM;
 * `spreadsheet` (Excel, LibreOffice, Sheets) gets a UTF-8 BOM, so Excel reads it as UTF-8, and
 * formula-like cells neutralised against CSV injection.
 */
export type CsvProfile = 'analysis' | 'spreadsheet'

/** Record separator required by RFC 4180. */
export const CSV_NEWLINE = '\r\n'

/**
 * Cells a spreadsheet would run as a formula: starting with =, +, -, @, tab or carriage return
 * (OWASP's CSV injection list), unless the cell is a plain number such as "-2" (a stance score),
 * which cannot be a formula and should stay a number. Papaparse's own `escapeFormulae: true`
 * uses /^[=+\-@\t\r].*$/, which misses cells with a line break after the first line (`.` stops
 * at "\n" and `$` needs the end of the string), so this pattern is passed instead.
 */
export const FORMULA_TRIGGER = /^(?![-+]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?$)[=+\-@\t\r]/

/**
 * Returns CSV text: a header row, then `rows`, with RFC 4180 quoting (fields holding a comma,
 * quote or line break are quoted, quotes doubled) by papaparse's `unparse`, CRLF line ends and
 * a final CRLF (R warns about an incomplete final line without it). The `spreadsheet` profile
 * prepends a UTF-8 BOM and prefixes formula-like cells (`FORMULA_TRIGGER`) with a single quote,
 * as OWASP advises; the `analysis` profile writes every value exactly as stored.
 */
export function toCsv(header: string[], rows: string[][], profile: CsvProfile): string {
  const spreadsheet = profile === 'spreadsheet'
  const csv = Papa.unparse(
    { fields: header, data: rows },
    {
      newline: CSV_NEWLINE,
      header: true,
      quotes: false,
      escapeFormulae: spreadsheet ? FORMULA_TRIGGER : false,
    },
  )
  // With no rows papaparse already ends the header with a newline.
  return (spreadsheet ? '\ufeff' : '') + csv + (rows.length > 0 ? CSV_NEWLINE : '')
}
