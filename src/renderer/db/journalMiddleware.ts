import Dexie from 'dexie'
import type {
  DBCore,
  DBCoreMutateRequest,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
  Table,
} from 'dexie'
import type { JournalChange, JournalTable } from '../../shared/journal/journalChange'
import { JOURNAL_TABLES } from '../../shared/journal/journalChange'

/** Settings row holding the last journal sequence number this database is known to contain. */
export const JOURNAL_SEQ_KEY = 'journal.seq'

/** Where a committed transaction's changes go; called once per transaction, after it commits. */
export type JournalSink = (changes: JournalChange[]) => void

const pending = new WeakMap<DBCoreTransaction, JournalChange[]>()
let currentSink: JournalSink | null = null
let sinkReadsValues = true
let openTransactions = 0
let settledWaiters: (() => void)[] = []
let activityListener: (() => void) | null = null

/** Number of journaled write transactions that have written but not yet committed or aborted. */
export function openWriteTransactions(): number {
  return openTransactions
}

/**
 * Sets the one function called when a journaled write transaction starts writing and when it
 * settles (after its batch went to the sink): the save status follows writes with it.
 */
export function setWriteActivityListener(listener: (() => void) | null): void {
  activityListener = listener
}

/**
 * Resolves once every write transaction that has recorded changes has committed (and handed its
 * batch to the sink) or aborted: what "everything so far is on its way to the journal" means.
 */
export function whenTransactionsSettled(): Promise<void> {
  if (openTransactions === 0) return Promise.resolve()
  return new Promise((resolve) => settledWaiters.push(resolve))
}

function settleOne(): void {
  openTransactions -= 1
  activityListener?.()
  if (openTransactions > 0) return
  const waiters = settledWaiters
  settledWaiters = []
  for (const resolve of waiters) resolve()
}

/**
 * Sets where committed changes go: the desktop app's journal, browser mode's change counter, or a
 * test's list. With no sink, changes are not recorded. A sink that only counts changes passes
 * `{ readsValues: false }`: its changes then carry the written rows as they are, without the
 * JSON copy the journal needs (which costs tens of milliseconds on an import of whole texts).
 */
export function setJournalSink(
  sink: JournalSink | null,
  options: { readsValues?: boolean } = {},
): void {
  currentSink = sink
  sinkReadsValues = options.readsValues ?? true
}

const unjournaled = new WeakSet<object>()

/**
 * Runs `work` in a read-write transaction over `tables` whose writes are not journaled: for
 * recovery, which writes back what the journal already holds, and for the journal's own
 * bookkeeping row. Scoped to that one transaction, so writes of other transactions running at
 * the same time are still journaled.
 */
export function withoutJournal<T>(tables: Table[], work: () => Promise<T>): Promise<T> {
  const db = tables[0]?.db
  if (!db) throw new Error('withoutJournal needs at least one table.')
  return db.transaction('rw', tables, () => {
    const idbtrans = Dexie.currentTransaction?.idbtrans
    if (idbtrans) unjournaled.add(idbtrans)
    return work()
  })
}

const isJournaled = (name: string): name is JournalTable =>
  (JOURNAL_TABLES as readonly string[]).includes(name)

// Dexie hands JS values through; the journal stores JSON. Our rows are plain JSON objects, and a
// round trip drops `undefined` fields exactly as JSON on disk would.
const asJson = (value: unknown) => JSON.parse(JSON.stringify(value)) as Record<string, unknown>

function rangeChange(table: JournalTable, range: DBCoreMutateRequest & { type: 'deleteRange' }) {
  const { lower, upper, lowerOpen, upperOpen } = range.range
  const bound = (v: unknown) => (typeof v === 'string' ? v : null)
  return {
    op: 'deleteRange',
    table,
    lower: bound(lower),
    upper: bound(upper),
    lowerOpen: Boolean(lowerOpen),
    upperOpen: Boolean(upperOpen),
  } as const
}

async function changesOf(
  table: DBCoreTable,
  name: JournalTable,
  req: DBCoreMutateRequest,
  failures: Record<number, Error>,
): Promise<JournalChange[]> {
  if (req.type === 'deleteRange') return [rangeChange(name, req)]
  if (req.type === 'delete') {
    const keys = req.keys.filter((_k, i) => !failures[i]).map(String)
    return keys.length ? [{ op: 'delete', table: name, keys }] : []
  }
  let values = req.values.filter((_v, i) => !failures[i])
  if (req.type === 'put' && req.updates && req.values.length < req.updates.keys.length) {
    // A modify() that sent only change specs: journal the rows as they now are.
    const rows = await table.getMany({ trans: req.trans, keys: req.updates.keys })
    values = rows.filter((row) => row !== undefined)
  }
  return values
    .filter((value) => !(name === 'settings' && value?.key === JOURNAL_SEQ_KEY))
    .map(
      (value) =>
        ({
          op: 'put',
          table: name,
          value: sinkReadsValues ? asJson(value) : (value as Record<string, unknown>),
        }) as JournalChange,
    )
}

/** Performs a mutation and adds its changes to its transaction's batch, sent on commit. */
async function recordMutation(
  table: DBCoreTable,
  tableName: JournalTable,
  req: DBCoreMutateRequest,
) {
  const res = await table.mutate(req)
  const changes = await changesOf(table, tableName, req, res.failures)
  let batch = pending.get(req.trans)
  if (!batch) {
    batch = []
    pending.set(req.trans, batch)
    const idb = req.trans as unknown as IDBTransaction
    const collected = batch
    openTransactions += 1
    activityListener?.()
    let settled = false
    const settle = (committed: boolean) => {
      if (settled) return
      settled = true
      if (committed && collected.length > 0) currentSink?.(collected)
      settleOne()
    }
    idb.addEventListener('complete', () => settle(true))
    // Not 'error': a request error that Dexie handles (bulkAdd's failures) bubbles to the
    // transaction as 'error', yet the transaction still commits. An unhandled one ends in 'abort'.
    idb.addEventListener('abort', () => settle(false))
  }
  batch.push(...changes)
  return res
}

/**
 * A Dexie DBCore middleware that collects every mutation (add, put, delete, deleteRange) of a
 * write transaction and hands the batch to the sink once the transaction has committed. Being the
 * one place every write passes, no action has to remember to journal. The sink is called from
 * the transaction's `complete` event and never awaited inside the transaction, which would
 * auto-commit it early.
 */
export function journalMiddleware(): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'journal',
    create: (down) => ({
      ...down,
      table: (tableName) => {
        const table = down.table(tableName)
        if (!isJournaled(tableName)) return table
        return {
          ...table,
          // Without a sink (or in an unjournaled transaction) the write passes straight through,
          // adding not even a microtask.
          mutate: (req) =>
            currentSink === null || unjournaled.has(req.trans)
              ? table.mutate(req)
              : recordMutation(table, tableName, req),
        }
      },
    }),
  }
}
