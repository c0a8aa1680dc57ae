import type { Table } from 'dexie'
import { db } from '../../db/NewscoderDb'
import type { OutboxEntry, RevEntry } from '../../db/syncBookkeeping'
import { revKey } from '../../db/syncBookkeeping'
import type { Row } from '../../../shared/sync/docIds'
import type { Writer } from '../../../shared/sync/routeRow'
import { routeRow } from '../../../shared/sync/routeRow'
import type { SyncDocument } from '../../../shared/sync/syncDocument'
import { rowToDocument, sameRow } from '../../../shared/sync/syncDocument'
import type { Pouch } from './pouchDatabases'

/** Outbox entries turned into mirror documents per round. */
export const PUMP_BATCH = 500

/** Where the pump writes: the mirror of each database this user writes, by route. */
export type PumpTargets = {
  project: { db: string; mirror: Pouch } | null
  own: { db: string; mirror: Pouch } | null
}

/** What one round of the pump did. */
export type PumpResult = {
  written: number
  localOnly: number
  localReason: string | null
  left: boolean
}

const newRevId = () => crypto.randomUUID().replaceAll('-', '')
const generation = (rev: string) => Number(rev.split('-')[0])

type Change = { entry: OutboxEntry; row: Row | null }

/**
 * Moves up to `PUMP_BATCH` outbox entries of a project into the mirrors: each changed row becomes
 * a new revision of its document. A row unchanged from the mirror's winner writes nothing. A row
 * whose base (the revision it was last in step with) is no longer the winner — someone else's
 * change arrived meanwhile — is written as a sibling of its base, so the mirror holds a CouchDB
 * conflict with both sides rather than one side overwriting the other; with no base at all (a
 * rebuilt database), as a new root, for the same reason. Entries are removed only when they are
 * still the latest change of their row; what may not be sent (another coder's span) is dropped
 * and counted.
 */
export async function pumpOutbox(
  projectId: string,
  writer: Writer,
  targets: PumpTargets,
): Promise<PumpResult> {
  const entries = await db.syncOutbox
    .where('projectId')
    .equals(projectId)
    .limit(PUMP_BATCH)
    .toArray()
  const result: PumpResult = {
    written: 0,
    localOnly: 0,
    localReason: null,
    left: entries.length === PUMP_BATCH,
  }
  if (entries.length === 0) return result
  const changes = await currentRows(entries)
  const byTarget = new Map<string, { mirror: Pouch; changes: Change[] }>()
  for (const change of changes) {
    const row = change.row ?? change.entry.deletedRow
    if (!row) continue
    const route = routeRow(change.entry.table, row, writer)
    const target =
      route.kind === 'project' ? targets.project : route.kind === 'coder' ? targets.own : null
    if (!target) {
      result.localOnly += 1
      result.localReason = route.kind === 'local' ? route.reason : 'no database to write'
      continue
    }
    const group = byTarget.get(target.db) ?? { mirror: target.mirror, changes: [] }
    group.changes.push(change)
    byTarget.set(target.db, group)
  }
  const revs: RevEntry[] = []
  for (const [dbName, group] of byTarget) {
    const written = await writeToMirror(projectId, dbName, group.mirror, group.changes)
    revs.push(...written.revs)
    result.written += written.count
  }
  await db.transaction('rw', db.syncOutbox, db.syncRevs, async () => {
    const now = await db.syncOutbox.bulkGet(entries.map((e) => e.docId))
    const done = entries.filter((e, i) => now[i]?.stamp === e.stamp).map((e) => e.docId)
    await db.syncOutbox.bulkDelete(done)
    await db.syncRevs.bulkPut(revs)
  })
  return result
}

async function currentRows(entries: OutboxEntry[]): Promise<Change[]> {
  const byTable = new Map<string, OutboxEntry[]>()
  for (const e of entries)
    if (!e.deleted) byTable.set(e.table, [...(byTable.get(e.table) ?? []), e])
  const rows = new Map<string, Row>()
  for (const [table, list] of byTable) {
    const found = await (db.table(table) as Table<Row, string>).bulkGet(list.map((e) => e.key))
    list.forEach((e, i) => {
      const row = found[i]
      if (row) rows.set(e.docId, row)
    })
  }
  // A row gone without its deletion recorded is treated as deleted (it cannot be sent).
  return entries.map((entry) => ({
    entry,
    row: entry.deleted ? null : (rows.get(entry.docId) ?? null),
  }))
}

type MirrorRow = {
  id: string
  value?: { rev: string; deleted?: boolean }
  doc?: SyncDocument | null
}

async function writeToMirror(
  projectId: string,
  dbName: string,
  mirror: Pouch,
  changes: Change[],
): Promise<{ revs: RevEntry[]; count: number }> {
  const ids = changes.map((c) => c.entry.docId)
  const current = (await mirror.allDocs({ keys: ids, include_docs: true }))
    .rows as unknown as MirrorRow[]
  const bases = await db.syncRevs.bulkGet(ids.map((id) => revKey(dbName, id)))
  const normal: Record<string, unknown>[] = []
  const siblings: Record<string, unknown>[] = []
  const revs: RevEntry[] = []
  const rev = (change: Change, value: string): RevEntry => ({
    id: revKey(dbName, change.entry.docId),
    docId: change.entry.docId,
    projectId,
    db: dbName,
    table: change.entry.table,
    key: change.entry.key,
    rev: value,
  })
  changes.forEach((change, i) => {
    const cur = current[i]
    const winner = cur?.value && !cur.value.deleted ? cur.value.rev : null
    const base = bases[i]?.rev ?? null
    const body = change.row ? rowToDocument(change.entry.table, change.row) : null
    if (winner && body && sameRow(cur?.doc?.row, body.row)) {
      revs.push(rev(change, winner))
      return
    }
    if (!winner && !body) return // deleted on both sides
    const onBase = winner === null ? true : base === winner
    const doc: Record<string, unknown> = body
      ? { ...body }
      : { _id: change.entry.docId, _deleted: true }
    if (onBase) {
      if (winner) doc['_rev'] = winner
      else if (cur?.value?.deleted) doc['_rev'] = cur.value.rev
      normal.push(doc)
    } else {
      const id = newRevId()
      const start = base ? generation(base) + 1 : 1
      siblings.push({
        ...doc,
        _rev: `${start}-${id}`,
        _revisions: { start, ids: base ? [id, base.split('-')[1]] : [id] },
      })
    }
  })
  const results = normal.length ? await mirror.bulkDocs(normal as never[]) : []
  const byId = new Map(changes.map((c) => [c.entry.docId, c]))
  for (const r of results as { id?: string; rev?: string; error?: unknown }[]) {
    const change = r.id ? byId.get(r.id) : undefined
    if (change && r.rev && !r.error) revs.push(rev(change, r.rev))
  }
  if (siblings.length) await mirror.bulkDocs(siblings as never[], { new_edits: false })
  return { revs, count: normal.length + siblings.length }
}
