import type { Table } from 'dexie'
import type { Row } from '../../shared/sync/docIds'
import type { SyncedTable } from '../../shared/sync/syncTables'

/**
 * A row changed on this computer in a team project and not yet written to the local mirror of
 * its CouchDB database. Written by `syncOutboxMiddleware` in the transaction that changed the
 * row, so a change can never be committed without its entry; one entry per document (a later
 * change of the same row replaces it). `stamp` tells the pump whether the entry it handled is
 * still the latest. A deletion keeps the row as it was (`deletedRow`), since routing needs it.
 */
export type OutboxEntry = {
  docId: string
  projectId: string
  table: SyncedTable
  key: string
  deleted: boolean
  deletedRow: Row | null
  stamp: number
}

/**
 * The CouchDB revision of a document in one database that the local row reflects: the base of
 * the next local change (a change made on another base is a conflict, kept as such). Keyed by
 * database and document (`id`), since a speaker may sit in the project and a coder database.
 */
export type RevEntry = {
  id: string
  docId: string
  projectId: string
  db: string
  table: SyncedTable
  key: string
  rev: string
}

/** The key of a `RevEntry`. */
export const revKey = (dbName: string, docId: string): string => `${dbName} ${docId}`

/** A conflicted document found in a mirror, for the Conflicts list. */
export type ConflictRef = { db: string; docId: string }

/**
 * A team project's sync state on this computer: how far each mirror's changes were applied to
 * Dexie (`applied`: CouchDB sequence by database), whether the first full comparison of local
 * rows and mirrors is done, the conflicts found, and rows that could not be synced.
 */
export type SyncMeta = {
  projectId: string
  applied: Record<string, string | number>
  reconciled: boolean
  conflicts: ConflictRef[]
  lastSyncAt: number | null
}

/** Dexie version 7: the sync layer's bookkeeping (see `LOCAL_TABLES`); no existing data changes. */
export const SCHEMA_V7_TABLES = {
  syncOutbox: 'docId, projectId',
  syncRevs: 'id, projectId',
  syncMeta: 'projectId',
} as const

/**
 * Forgets this computer's sync bookkeeping (outbox, revisions, checkpoints) after the database
 * was replaced from a snapshot or rebuilt from the journal: the rows may now differ from what it
 * described. The next sync compares every row with the mirrors again, and a row that differs
 * from the server becomes a conflict, never a silent overwrite either way.
 */
export async function resetSyncBookkeeping(tables: {
  syncOutbox: Table
  syncRevs: Table
  syncMeta: Table
}): Promise<void> {
  const all = [tables.syncOutbox, tables.syncRevs, tables.syncMeta]
  const db = tables.syncOutbox.db
  await db.transaction('rw', all, async () => {
    for (const table of all) await table.clear()
  })
}
