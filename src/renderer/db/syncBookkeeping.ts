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

/** The CouchDB revision a synced row reflects (its base for the next local change). */
export type RevEntry = { docId: string; projectId: string; db: string; rev: string }

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
  syncRevs: 'docId, projectId',
  syncMeta: 'projectId',
} as const
