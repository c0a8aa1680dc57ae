import type { Table } from 'dexie'
import { db } from '../../db/NewscoderDb'
import type { ConflictRef, RevEntry, SyncMeta } from '../../db/syncBookkeeping'
import { revKey } from '../../db/syncBookkeeping'
import { withoutOutbox } from '../../db/syncOutboxMiddleware'
import type { AnnotationChange } from '../../actions/annotationEvents'
import { announceAnnotationChange } from '../../actions/annotationEvents'
import type { Annotation } from '../../../shared/domain/annotation'
import type { Row } from '../../../shared/sync/docIds'
import { primaryKeyOf } from '../../../shared/sync/docIds'
import type { DatabaseRole } from '../../../shared/sync/parseIncomingDocument'
import { parseIncomingDocument } from '../../../shared/sync/parseIncomingDocument'
import { sameRow } from '../../../shared/sync/syncDocument'
import type { SyncedTable } from '../../../shared/sync/syncTables'
import { SYNCED_TABLES, UNIQUE_SLOTS } from '../../../shared/sync/syncTables'
import type { TeamDoc } from '../../../shared/sync/teamModel'
import { TEAM_DOC_ID, teamDocSchema } from '../../../shared/sync/teamModel'
import type { Pouch } from './pouchDatabases'

/** Mirror changes applied to Dexie per transaction. */
export const APPLY_BATCH = 500

/** What applying a mirror's changes did. */
export type ApplyResult = {
  applied: number
  /** Documents refused by `parseIncomingDocument`, with the first reason. */
  refused: number
  refusedReason: string | null
  /** The team document, when it changed. */
  team: TeamDoc | null
  /** Speakers a coder created that the lead's computer adds to the registry. */
  adopt: Row[]
}

/** How the user stands to the database being applied. */
export type ApplySource = { db: string; role: DatabaseRole; me: string; lead: boolean }

type Change = { id: string; seq: number | string; deleted?: boolean; doc?: Record<string, unknown> }

const tableOf = (name: SyncedTable): Table<Row, string> => db.table(name)

/**
 * Applies to Dexie what arrived in a mirror since the last time (its changes feed from the
 * checkpoint in `syncMeta`), batch by batch, each batch in one transaction that also moves the
 * checkpoint: every document is checked (`parseIncomingDocument`) and a refused one writes
 * nothing; a row with a local change still in the outbox is left for the pump (which keeps both
 * sides as a conflict); the rest take the winning revision, recorded as the row's base. Conflicted
 * documents are listed in `syncMeta.conflicts`. Writes bypass the outbox (they came from the
 * server) but are journaled like any write.
 */
export async function applyMirrorChanges(
  projectId: string,
  mirror: Pouch,
  source: ApplySource,
): Promise<ApplyResult> {
  const result: ApplyResult = { applied: 0, refused: 0, refusedReason: null, team: null, adopt: [] }
  for (;;) {
    const meta = await loadMeta(projectId)
    const since = meta.applied[source.db] ?? 0
    const feed = await mirror.changes({
      since,
      limit: APPLY_BATCH,
      include_docs: true,
      conflicts: true,
    })
    const changes = feed.results as unknown as Change[]
    if (changes.length === 0) return result
    await applyBatch(projectId, changes, source, result, feed.last_seq)
    if (changes.length < APPLY_BATCH) return result
  }
}

/** The project's sync state, or a fresh one. */
export async function loadMeta(projectId: string): Promise<SyncMeta> {
  return (await db.syncMeta.get(projectId)) ?? freshMeta(projectId)
}

/** The sync state of a project that has not synced yet on this computer. */
export function freshMeta(projectId: string): SyncMeta {
  return { projectId, applied: {}, reconciled: false, conflicts: [], lastSyncAt: null }
}

async function applyBatch(
  projectId: string,
  changes: Change[],
  source: ApplySource,
  result: ApplyResult,
  lastSeq: number | string,
): Promise<void> {
  const tables = [...Object.keys(SYNCED_TABLES).map((t) => db.table(t)), db.syncRevs, db.syncMeta]
  const announce: AnnotationChange[] = []
  // Only Dexie's own promises are awaited in here (no helper async functions): awaiting any other
  // promise would leave the transaction's zone, and the writes after it would run outside it.
  await withoutOutbox(tables, async () => {
    const ids = changes.map((c) => c.id)
    const pending = await db.syncOutbox.bulkGet(ids)
    const bases = await db.syncRevs.bulkGet(ids.map((id) => revKey(source.db, id)))
    const meta = (await db.syncMeta.get(projectId)) ?? freshMeta(projectId)
    const conflicts = new Map(meta.conflicts.map((c) => [`${c.db} ${c.docId}`, c]))
    const revs: RevEntry[] = []
    for (const [i, change] of changes.entries()) {
      const doc = change.doc
      const rev = typeof doc?.['_rev'] === 'string' ? doc['_rev'] : null
      const key = revKey(source.db, change.id)
      const conflicted =
        Array.isArray(doc?.['_conflicts']) && (doc['_conflicts'] as unknown[]).length > 0
      if (conflicted) conflicts.set(key, { db: source.db, docId: change.id } satisfies ConflictRef)
      else conflicts.delete(key)
      if (change.id === TEAM_DOC_ID) {
        const team = teamDocSchema.safeParse(doc)
        if (team.success && team.data.projectId === projectId) result.team = team.data
        continue
      }
      if (change.id.startsWith('_design/') || !rev || pending[i] || bases[i]?.rev === rev) continue
      const base = bases[i]
      if (change.deleted) {
        if (base) {
          if (base.table === 'annotations') {
            const gone = await db.annotations.get(base.key)
            if (gone) announce.push({ documentId: gone.documentId, kind: 'remove', id: gone.id })
          }
          await tableOf(base.table).delete(base.key)
          await db.syncRevs.delete(base.id)
          result.applied += 1
        }
        continue
      }
      const parsed = parseIncomingDocument(doc, projectId, source.role)
      if (!parsed.ok) {
        result.refused += 1
        result.refusedReason ??= parsed.reason
        continue
      }
      const { table, row } = parsed
      const target = tableOf(table)
      const pk = primaryKeyOf(table, row)
      const existing = await target.get(pk)
      // A coder's speaker reaches others only where the registry lacks it; on the lead's
      // computer it is adopted into the registry (written normally, so it goes to the project).
      if (table === 'speakers' && source.role.kind === 'coder' && source.role.owner !== source.me) {
        if (existing) continue
        if (source.lead) {
          result.adopt.push(row)
          continue
        }
      }
      const slot = UNIQUE_SLOTS[table]
      if (slot) {
        // Another computer's row for the same slot replaces the local one (one document).
        const index = slot.length === 1 ? (slot[0] as string) : `[${slot.join('+')}]`
        const value = slot.length === 1 ? row[slot[0] as string] : slot.map((f) => row[f])
        const others = await target
          .where(index)
          .equals(value as never)
          .primaryKeys()
        const stale = others.filter((k) => k !== pk)
        if (stale.length) await target.bulkDelete(stale)
      }
      if (!sameRow(existing, row)) await target.put(row)
      if (table === 'annotations') {
        const annotation = row as Annotation
        announce.push({ documentId: annotation.documentId, kind: 'upsert', annotation })
      }
      revs.push({ id: key, docId: change.id, projectId, db: source.db, table, key: pk, rev })
      result.applied += 1
    }
    await db.syncRevs.bulkPut(revs)
    await db.syncMeta.put({
      ...meta,
      applied: { ...meta.applied, [source.db]: lastSeq },
      conflicts: [...conflicts.values()],
    })
  })
  announceAll(announce)
}

/** Tells open views about arrived spans: one by one, or a re-read of a document that got many. */
function announceAll(changes: AnnotationChange[]): void {
  const perDocument = new Map<string, AnnotationChange[]>()
  for (const c of changes)
    perDocument.set(c.documentId, [...(perDocument.get(c.documentId) ?? []), c])
  for (const [documentId, list] of perDocument) {
    if (list.length > 50) announceAnnotationChange({ documentId, kind: 'reload' })
    else for (const change of list) announceAnnotationChange(change)
  }
}
