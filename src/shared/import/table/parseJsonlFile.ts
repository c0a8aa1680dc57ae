import { MAX_IMPORT_FILE_BYTES } from '../../ipc/contract'
import { decodeTextFile } from '../../text/decodeTextFile'
import type { ImportInput, ImportOutcome } from '../importTypes'

/** A JSON value as a cell: strings as they are, null as '', other values as JSON. */
function cell(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'string') return value
  return typeof value === 'object' ? JSON.stringify(value) : String(value)
}

/**
 * Reads a JSON Lines file (one JSON object per line) into a table: the columns are the keys in
 * the order they first appear, each line a row. Blank lines are skipped. The whole file is
 * refused, naming the line, when a line is not valid JSON or not an object.
 */
export function parseJsonlFile(file: ImportInput): ImportOutcome {
  const name = `“${file.name}”`
  const decoded = decodeTextFile(file, MAX_IMPORT_FILE_BYTES)
  if (!decoded.ok) return decoded
  const objects: Record<string, unknown>[] = []
  const lines = decoded.text.split(/\r\n?|\n/)
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).trim()
    if (line === '') continue
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch {
      return {
        ok: false,
        error: `${name} has invalid JSON on line ${i + 1}; nothing was imported.`,
      }
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return {
        ok: false,
        error: `${name} line ${i + 1} is not a JSON object; nothing was imported.`,
      }
    }
    objects.push(value as Record<string, unknown>)
  }
  const columns: string[] = []
  const known = new Set<string>()
  for (const object of objects) {
    for (const key of Object.keys(object)) {
      if (!known.has(key)) {
        known.add(key)
        columns.push(key)
      }
    }
  }
  if (objects.length === 0) return { ok: false, error: `${name} has no rows to import.` }
  const rows = objects.map((object) => columns.map((key) => cell(object[key])))
  return { ok: true, kind: 'table', table: { columns, rows, format: 'jsonl' } }
}
