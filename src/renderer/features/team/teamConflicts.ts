import type { Table } from 'dexie'
import { db } from '../../db/NewscoderDb'
import type { ConflictRef } from '../../db/syncBookkeeping'
import type { Codebook } from '../../../shared/domain/codebook'
import type { Row } from '../../../shared/sync/docIds'
import { primaryKeyOf, projectOfRow } from '../../../shared/sync/docIds'
import { sameRow } from '../../../shared/sync/syncDocument'
import type { SyncedTable } from '../../../shared/sync/syncTables'
import { tableOfType } from '../../../shared/sync/syncTables'
import type { TeamConfig } from '../../../shared/sync/teamModel'
import { readableDatabases } from '../../../shared/sync/teamModel'
import { openMirror } from './pouchDatabases'
import { loadMeta } from './applyMirrorChanges'
import { currentTeamSync } from './teamSession'

/** A conflicted document: its table and every revision's row, the current winner first. */
export type LoadedConflict = {
  ref: ConflictRef
  table: SyncedTable
  versions: { rev: string; row: Row }[]
}

/** The conflicts this user may resolve: in the databases they write. */
export async function listConflicts(config: TeamConfig): Promise<ConflictRef[]> {
  const writable = new Set(
    readableDatabases(config)
      .filter((d) => d.writable)
      .map((d) => d.db),
  )
  return (await loadMeta(config.projectId)).conflicts.filter((c) => writable.has(c.db))
}

/** Reads every revision of a conflicted document from its mirror (winner first). */
export async function loadConflict(ref: ConflictRef): Promise<LoadedConflict | null> {
  const mirror = openMirror(ref.db)
  const winner = (await mirror.get(ref.docId, { conflicts: true })) as Record<string, unknown>
  const table = tableOfType(winner['type'])
  if (!table) return null
  const losers = (winner['_conflicts'] as string[] | undefined) ?? []
  const others = await Promise.all(
    losers.map(async (rev) => (await mirror.get(ref.docId, { rev })) as Record<string, unknown>),
  )
  return {
    ref,
    table,
    versions: [winner, ...others].map((doc) => ({
      rev: String(doc['_rev']),
      row: doc['row'] as Row,
    })),
  }
}

/**
 * Settles a conflict with `row` (one revision's, or a merge): the losing revisions are deleted in
 * the mirror (so the document has one branch again, everywhere once replicated) and `row` is
 * written to Dexie as a normal change, which the pump sends as the next revision of the winner.
 * A merged codebook is also recorded in the codebook's history as a version of its own.
 */
export async function resolveConflict(
  conflict: LoadedConflict,
  row: Row,
  note: string,
  coder: string,
): Promise<void> {
  const mirror = openMirror(conflict.ref.db)
  const losers = conflict.versions
    .slice(1)
    .map((v) => ({ _id: conflict.ref.docId, _rev: v.rev, _deleted: true }))
  if (losers.length) await mirror.bulkDocs(losers as never[])
  const table = db.table(conflict.table) as Table<Row, string>
  await db.transaction('rw', table, db.codebookVersions, db.syncMeta, async () => {
    const current = await table.get(primaryKeyOf(conflict.table, row))
    if (!sameRow(current, row)) await table.put(row)
    if (
      conflict.table === 'codebooks' &&
      !conflict.versions.some((v) => v.row['version'] === row['version'])
    ) {
      const codebook = row as Codebook
      await db.codebookVersions.put({
        id: crypto.randomUUID(),
        projectId: codebook.projectId,
        version: codebook.version,
        dimensions: codebook.dimensions,
        note,
        coder,
        createdAt: Date.now(),
      })
    }
    const meta = await db.syncMeta.get(projectOfRow(conflict.table, row) ?? '')
    if (meta) {
      await db.syncMeta.put({
        ...meta,
        conflicts: meta.conflicts.filter(
          (c) => !(c.db === conflict.ref.db && c.docId === conflict.ref.docId),
        ),
      })
    }
  })
  currentTeamSync()?.nudge(0)
}
