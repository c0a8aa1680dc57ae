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

// A field is quoted when it holds a quote, comma or line break (RFC 4180), or starts or ends with
// whitespace, which readers trim from unquoted fields (pandas' skipinitialspace, LibreOffice's
// "Trim spaces"). readr's default trims even quoted fields (tested against readr 2.1), so the
// README's lossless readr call passes trim_ws = FALSE.
const NEEDS_QUOTES = /["\r\n,]|^\s|\s$/
const QUOTE = /"/g

function field(value: string, spreadsheet: boolean): string {
  const cell = spreadsheet && FORMULA_TRIGGER.test(value) ? `'${value}` : value
  return NEEDS_QUOTES.test(cell) ? `"${cell.replace(QUOTE, '""')}"` : cell
}

/**
 * Returns the start of a CSV file: the UTF-8 BOM in the `spreadsheet` profile, then the header
 * row and its CRLF. `csvHead(header) + csvBody(rows)` is exactly `toCsv(header, rows)`, so a file
 * written batch by batch equals the one written at once.
 */
export function csvHead(header: readonly string[], profile: CsvProfile): string {
  const line = header.map((h) => field(h, false)).join(',')
  return (profile === 'spreadsheet' ? '\ufeff' : '') + line + CSV_NEWLINE
}

/** Returns data rows as CSV lines, each ending in CRLF, quoted as `toCsv` quotes them. */
export function csvBody(rows: readonly (readonly string[])[], profile: CsvProfile): string {
  const spreadsheet = profile === 'spreadsheet'
  const lines: string[] = new Array(rows.length + 1)
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i] as string[]
    let line = ''
    for (let j = 0; j < row.length; j++) {
      if (j > 0) line += ','
      line += field(row[j] as string, spreadsheet)
    }
    lines[i] = line
  }
  lines[rows.length] = ''
  return rows.length === 0 ? '' : lines.join(CSV_NEWLINE)
}

/**
 * Returns CSV text: a header row, then `rows`, with RFC 4180 quoting (see NEEDS_QUOTES; quotes
 * doubled), CRLF line ends and a final CRLF (R warns about an incomplete final line without it).
 * The `spreadsheet` profile prepends a UTF-8 BOM and prefixes formula-like cells
 * (`FORMULA_TRIGGER`) with a single quote, as OWASP advises; the `analysis` profile writes every
 * value exactly as stored.
 *
 * Written here rather than with papaparse's `unparse`, which took 1.2–1.5 s of the 2 s budget for
 * 100,000 rows (docs/adr/0005); papaparse still reads every file we write, in the tests.
 */
export function toCsv(header: string[], rows: string[][], profile: CsvProfile): string {
  return csvHead(header, profile) + csvBody(rows, profile)
}
