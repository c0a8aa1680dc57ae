import Papa from 'papaparse'
import { MAX_IMPORT_FILE_BYTES } from '../../ipc/contract'
import { decodeTextFile } from '../../text/decodeTextFile'
import type { ImportInput, ImportOutcome } from '../importTypes'
import { tableColumns } from './tableColumns'

/** 1-based line of each character offset, counted incrementally as rows go by. */
function lineCounter(text: string): (offset: number) => number {
  let at = 0
  let line = 1
  return (offset) => {
    for (; at < offset && at < text.length; at++) if (text.charCodeAt(at) === 10) line++
    return line
  }
}

/**
 * Reads a CSV or TSV file into a table for the mapping step. The encoding is detected like a
 * text file's; the delimiter is a tab for .tsv and detected by PapaParse otherwise (comma,
 * semicolon, tab, pipe). The first row is the header. Every value is kept exactly as written
 * (formula-like cells such as "=HYPERLINK(…)" are text, never evaluated). The whole file is
 * refused, naming the line, when a row has a different number of fields than the header or a
 * quoted field is never closed, because a shifted row would put text in the wrong columns.
 */
export function parseCsvFile(file: ImportInput, format: 'csv' | 'tsv'): ImportOutcome {
  const name = `“${file.name}”`
  const decoded = decodeTextFile(file, MAX_IMPORT_FILE_BYTES)
  if (!decoded.ok) return decoded
  const text = decoded.text
  const lineAt = lineCounter(text)
  const rows: string[][] = []
  const starts: number[] = []
  let start = 0
  let error: string | null = null
  Papa.parse<string[]>(text, {
    delimiter: format === 'tsv' ? '\t' : '',
    skipEmptyLines: 'greedy',
    step(results, parser) {
      const line = lineAt(start)
      const problem = results.errors[0]
      if (problem !== undefined) {
        error =
          problem.code === 'MissingQuotes'
            ? `${name} is malformed: a quoted field starting at line ${line} is never closed.`
            : `${name} is malformed at line ${line}: ${problem.message}.`
        parser.abort()
        return
      }
      rows.push(results.data)
      starts.push(line)
      start = results.meta.cursor
    },
  })
  if (error !== null) return { ok: false, error }
  const header = rows[0]
  if (header === undefined) return { ok: false, error: `${name} has no text.` }
  const columns = tableColumns(header)
  for (let i = 1; i < rows.length; i++) {
    const fields = (rows[i] as string[]).length
    if (fields !== columns.length) {
      return {
        ok: false,
        error: `${name} is malformed at line ${starts[i]}: ${fields} fields, expected ${columns.length}.`,
      }
    }
  }
  if (rows.length < 2) return { ok: false, error: `${name} has a header but no rows to import.` }
  return { ok: true, kind: 'table', table: { columns, rows: rows.slice(1), format } }
}
