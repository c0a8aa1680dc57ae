import Dexie from 'dexie'
import type {
  DBCore,
  DBCoreMutateRequest,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
  Table,
} from 'dexie'
import type { Row } from '../../shared/sync/docIds'
import { docIdOf, primaryKeyOf, projectOfRow } from '../../shared/sync/docIds'
import type { SyncedTable } from '../../shared/sync/syncTables'
import { isSyncedTable } from '../../shared/sync/syncTables'
import type { OutboxEntry } from './syncBookkeeping'

const OUTBOX = 'syncOutbox'

let syncedProjects: ReadonlySet<string> = new Set()
let stampCounter = 0

/**
 * Sets the projects whose changes are recorded for sync (the team projects of this computer).
 * Loaded at start before anything writes, and changed by setting up, joining or leaving a team.
 */
export function setSyncedProjects(projectIds: Iterable<string>): void {
  syncedProjects = new Set(projectIds)
}

/** The projects whose changes are recorded for sync. */
export function syncedProjectIds(): ReadonlySet<string> {
  return syncedProjects
}

let outboxListener: (() => void) | null = null

/** Sets the one function called after a transaction that wrote outbox entries has committed. */
export function setOutboxListener(listener: (() => void) | null): void {
  outboxListener = listener
}

const fromSync = new WeakSet<object>()
const notifying = new WeakSet<object>()

/**
 * Runs `work` in a read-write transaction over `tables` (the outbox is added) whose writes are
 * not recorded in the outbox: for rows that arrive from the server, which must not be sent back.
 * They are still journaled like any write.
 */
export function withoutOutbox<T>(tables: Table[], work: () => Promise<T>): Promise<T> {
  const db = tables[0]?.db
  if (!db) throw new Error('withoutOutbox needs at least one table.')
  return db.transaction('rw', [...tables, db.table(OUTBOX)], () => {
    const idbtrans = Dexie.currentTransaction?.idbtrans
    if (idbtrans) fromSync.add(idbtrans)
    return work()
  })
}

/** A stamp that orders outbox entries: a later change of a row always gets a larger one. */
function nextStamp(): number {
  stampCounter = Math.max(stampCounter + 1, Date.now() * 1000)
  return stampCounter
}

function entry(table: SyncedTable, row: Row, deleted: boolean): OutboxEntry | null {
  const projectId = projectOfRow(table, row)
  if (projectId === null || !syncedProjects.has(projectId)) return null
  return {
    docId: docIdOf(table, row),
    projectId,
    table,
    key: primaryKeyOf(table, row),
    deleted,
    // A deleted text keeps only what routes it; its body is not needed to delete its document.
    deletedRow: deleted ? (table === 'texts' ? { ...row, text: '' } : row) : null,
    stamp: nextStamp(),
  }
}

async function rowsBefore(table: DBCoreTable, req: DBCoreMutateRequest): Promise<Row[]> {
  if (req.type === 'delete') {
    return (await table.getMany({ trans: req.trans, keys: req.keys })).filter(Boolean) as Row[]
  }
  if (req.type === 'deleteRange') {
    const res = await table.query({
      trans: req.trans,
      values: true,
      query: { index: table.schema.primaryKey, range: req.range },
    })
    return res.result as Row[]
  }
  return []
}

async function rowsAfter(table: DBCoreTable, req: DBCoreMutateRequest): Promise<Row[]> {
  if (req.type !== 'put' && req.type !== 'add') return []
  if (req.type === 'put' && req.updates && req.values.length < req.updates.keys.length) {
    return (await table.getMany({ trans: req.trans, keys: req.updates.keys })).filter(
      Boolean,
    ) as Row[]
  }
  return req.values as Row[]
}

async function recordChange(
  down: DBCore,
  table: DBCoreTable,
  name: SyncedTable,
  req: DBCoreMutateRequest,
) {
  const deleting = req.type === 'delete' || req.type === 'deleteRange'
  const before = deleting ? await rowsBefore(table, req) : []
  const res = await table.mutate(req)
  const rows = deleting ? before : await rowsAfter(table, req)
  const entries = rows
    .filter((_row, i) => deleting || !res.failures[i])
    .map((row) => entry(name, row, deleting))
    .filter((e): e is OutboxEntry => e !== null)
  if (entries.length > 0) {
    await down.table(OUTBOX).mutate({ type: 'put', trans: req.trans, values: entries })
    const idb = req.trans as unknown as IDBTransaction
    if (!notifying.has(idb)) {
      notifying.add(idb)
      idb.addEventListener('complete', () => outboxListener?.())
    }
  }
  return res
}

const needsOutbox = (stores: string[]) => stores.some((s) => isSyncedTable(s))

/**
 * A DBCore middleware that, for every write to a synced table of a team project, writes an outbox
 * entry in the same transaction (it widens every read-write transaction over a synced table to
 * include the outbox, as Dexie Cloud's mutation tracking does). The sync pump later turns the
 * entries into CouchDB documents; a crash can lose neither the change nor its entry, only both.
 * With no team project, transactions and writes pass through unchanged.
 */
export function syncOutboxMiddleware(): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'syncOutbox',
    // Below Dexie's hooks middleware (level 2), as Dexie Cloud's mutation tracking is: the outbox
    // write after an await runs outside Dexie's transaction zone, which the hooks layer needs.
    level: 1,
    create: (down) => ({
      ...down,
      transaction: (stores, mode, options) =>
        down.transaction(
          mode === 'readwrite' &&
            syncedProjects.size > 0 &&
            needsOutbox(stores) &&
            !stores.includes(OUTBOX)
            ? [...stores, OUTBOX]
            : stores,
          mode,
          options,
        ),
      table: (tableName) => {
        const table = down.table(tableName)
        if (!isSyncedTable(tableName)) return table
        return {
          ...table,
          mutate: (req) =>
            syncedProjects.size === 0 ||
            fromSync.has(req.trans as DBCoreTransaction) ||
            !hasOutbox(req.trans)
              ? table.mutate(req)
              : recordChange(down, table, tableName, req),
        }
      },
    }),
  }
}

// A transaction opened before the first team project existed has no outbox in its scope.
function hasOutbox(trans: DBCoreTransaction): boolean {
  const stores = (trans as unknown as IDBTransaction).objectStoreNames
  return stores ? stores.contains(OUTBOX) : false
}
