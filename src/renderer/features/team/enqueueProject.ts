import type { Table } from 'dexie'
import { db } from '../../db/NewscoderDb'
import type { OutboxEntry } from '../../db/syncBookkeeping'
import { PROJECT_SETTINGS } from '../../../shared/domain/projectSettings'
import type { Row } from '../../../shared/sync/docIds'
import { docIdOf, primaryKeyOf } from '../../../shared/sync/docIds'
import type { SyncedTable } from '../../../shared/sync/syncTables'
import { SYNCED_TABLES } from '../../../shared/sync/syncTables'

const CHUNK = 2000

/**
 * Puts every row of a project into the outbox (rows untouched), so the pump compares each with
 * the mirrors: the first sync of a project set up from local work sends it all, and after a
 * rebuilt database every row that differs from the server becomes a conflict instead of being
 * overwritten. Rows already waiting keep their entry. Returns how many were queued.
 */
export async function enqueueProject(projectId: string): Promise<number> {
  let queued = 0
  for (const table of Object.keys(SYNCED_TABLES) as SyncedTable[]) {
    const rows = await projectRows(table, projectId)
    for (let i = 0; i < rows.length; i += CHUNK) {
      const chunk = rows.slice(i, i + CHUNK)
      const stamp = Date.now() * 1000
      const entries: OutboxEntry[] = chunk.map((row) => ({
        docId: docIdOf(table, row),
        projectId,
        table,
        key: primaryKeyOf(table, row),
        deleted: false,
        deletedRow: null,
        stamp,
      }))
      await db.transaction('rw', db.syncOutbox, async () => {
        const waiting = await db.syncOutbox.bulkGet(entries.map((e) => e.docId))
        await db.syncOutbox.bulkPut(entries.filter((_e, j) => !waiting[j]))
      })
      queued += chunk.length
    }
  }
  return queued
}

async function projectRows(table: SyncedTable, projectId: string): Promise<Row[]> {
  if (table === 'projects') {
    const project = await db.projects.get(projectId)
    return project ? [project as Row] : []
  }
  if (table === 'settings') {
    const keys = Object.keys(PROJECT_SETTINGS).map((prefix) => `${prefix}${projectId}`)
    return (await db.settings.bulkGet(keys)).filter((r) => r !== undefined) as Row[]
  }
  return (db.table(table) as Table<Row, string>).where('projectId').equals(projectId).toArray()
}
