import type { Row } from './docIds'
import { docIdOf, projectOfRow } from './docIds'
import type { DocType, SyncedTable } from './syncTables'
import { SYNCED_TABLES } from './syncTables'

/**
 * A row as a CouchDB document: `_id` from `docIdOf`, the `type` of its table, the project, and
 * the row itself, untouched, under `row` (so no field of a row can clash with CouchDB's
 * underscore fields or with `type`, and the row comes back exactly as it went).
 */
export type SyncDocument = {
  _id: string
  _rev?: string
  _deleted?: boolean
  _conflicts?: string[]
  type: DocType
  projectId: string
  row: Row
}

/** Returns the document of a row (without `_rev`). Throws for a row of no project. */
export function rowToDocument(table: SyncedTable, row: Row): SyncDocument {
  const projectId = projectOfRow(table, row)
  if (projectId === null) throw new Error(`A ${table} row of no project does not sync.`)
  return { _id: docIdOf(table, row), type: SYNCED_TABLES[table], projectId, row }
}

/**
 * Returns a canonical JSON text of a value: object keys sorted at every depth, `undefined`
 * fields left out (as JSON and IndexedDB's copy of a document leave them). Two rows with the
 * same content give the same text whatever order their fields were written in, so an unchanged
 * row is never sent as a new revision.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return v
    const sorted: Record<string, unknown> = {}
    for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k]
    return sorted
  })
}

/** True when two rows hold the same content (see `canonicalJson`). */
export function sameRow(a: Row | null | undefined, b: Row | null | undefined): boolean {
  if (!a || !b) return a === b
  return canonicalJson(a) === canonicalJson(b)
}
