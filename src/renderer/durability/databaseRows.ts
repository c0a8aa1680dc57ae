import type { Table } from 'dexie'
import type { BackupRows, BackupTable } from '../../shared/backup/backupFormat'
import { BACKUP_TABLES } from '../../shared/backup/backupFormat'
import type { JournalEntry } from '../../shared/journal/journalChange'
import { withoutJournal } from '../db/journalMiddleware'
import { db } from '../db/NewscoderDb'
import { resetSyncBookkeeping } from '../db/syncBookkeeping'

const CHUNK = 2000

function table(name: string): Table<Record<string, unknown>, string> {
  return db.table(name)
}

/** Every row of every table, read in one transaction: a consistent snapshot of the database. */
export async function readAllRows(): Promise<BackupRows> {
  return db.transaction('r', db.tables, async () => {
    const rows: BackupRows = {}
    for (const name of BACKUP_TABLES) rows[name] = await table(name).toArray()
    return rows
  })
}

/** Row counts by table, for the snapshot list. */
export function countRows(rows: BackupRows): Record<string, number> {
  return Object.fromEntries(BACKUP_TABLES.map((t) => [t, rows[t]?.length ?? 0]))
}

/**
 * Replaces the whole database with `rows` and then applies `entries` (journal changes after the
 * snapshot) in order, in one transaction: if anything fails, the database is as it was. Not
 * journaled, since the journal already holds all of it. `onProgress` gets the fraction done.
 */
export async function replaceDatabase(
  rows: BackupRows,
  entries: JournalEntry[],
  onProgress: (done: number) => void,
): Promise<void> {
  const total = BACKUP_TABLES.reduce((n, t) => n + (rows[t]?.length ?? 0), 0) + entries.length
  let done = 0
  const step = (n: number) => {
    done += n
    onProgress(total === 0 ? 1 : done / total)
  }
  await withoutJournal(db.tables, async () => {
    for (const name of BACKUP_TABLES) await table(name).clear()
    for (const name of BACKUP_TABLES) {
      const list = (rows[name as BackupTable] ?? []) as Record<string, unknown>[]
      for (let i = 0; i < list.length; i += CHUNK) {
        await table(name).bulkPut(list.slice(i, i + CHUNK))
        step(Math.min(CHUNK, list.length - i))
      }
    }
    await applyEntries(entries, step)
    // The sync layer's record of what the server has described the rows replaced here.
    await resetSyncBookkeeping(db)
  })
}

/** Applies journal entries in sequence order, inside the caller's transaction. */
export async function applyEntries(
  entries: JournalEntry[],
  step: (n: number) => void = () => undefined,
): Promise<void> {
  for (const { change } of entries) {
    const target = table(change.table)
    if (change.op === 'put') await target.put(change.value as Record<string, unknown>)
    else if (change.op === 'delete') await target.bulkDelete(change.keys)
    else if (change.lower === null && change.upper === null) await target.clear()
    else {
      const lower = change.lower ?? ''
      const upper = change.upper ?? '\uffff'
      await target.where(':id').between(lower, upper, !change.lowerOpen, !change.upperOpen).delete()
    }
    step(1)
  }
}
