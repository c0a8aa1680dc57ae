import { parseProjectSettingKey } from '../domain/projectSettings'
import type { SyncedTable } from './syncTables'
import { PRIMARY_KEYS, SYNCED_TABLES, UNIQUE_SLOTS } from './syncTables'

/** A row as stored: a plain object of JSON values. */
export type Row = Record<string, unknown>

/**
 * Returns the CouchDB document id of a row: its type and its primary key (`annotation:<id>`),
 * or, for a table with a unique slot, its type and the slot's values
 * (`articleCoding:<documentId>:<coder>`). The type prefix keeps apart rows of two tables that
 * share a key (a document and its text), and an id never starts with `_`, which CouchDB reserves.
 */
export function docIdOf(table: SyncedTable, row: Row): string {
  const slot = UNIQUE_SLOTS[table]
  const parts = slot ? slot.map((field) => String(row[field])) : [String(row[PRIMARY_KEYS[table]])]
  return [SYNCED_TABLES[table], ...parts].join(':')
}

/** Returns the primary key of a row of `table`. */
export function primaryKeyOf(table: SyncedTable, row: Row): string {
  return String(row[PRIMARY_KEYS[table]])
}

/**
 * Returns the project a row belongs to: its `projectId`, the id of a project row, the project of
 * a project-wide setting, or null for a row of no project (the installation's own settings).
 */
export function projectOfRow(table: SyncedTable, row: Row): string | null {
  if (table === 'projects') return typeof row['id'] === 'string' ? row['id'] : null
  if (table === 'settings') {
    return typeof row['key'] === 'string'
      ? (parseProjectSettingKey(row['key'])?.projectId ?? null)
      : null
  }
  return typeof row['projectId'] === 'string' ? row['projectId'] : null
}
