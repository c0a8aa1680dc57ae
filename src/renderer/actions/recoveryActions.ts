import Dexie from 'dexie'
import type { BackupRows } from '../../shared/backup/backupFormat'
import { BACKUP_TABLES } from '../../shared/backup/backupFormat'
import { BackupError } from '../../shared/backup/readArchive'
import { streamArchive } from '../../shared/backup/streamArchive'
import type { DurabilityState } from '../../shared/ipc/contract'
import type { SnapshotInfo, SnapshotReason } from '../../shared/journal/snapshotInfo'
import { DB_NAME, db } from '../db/NewscoderDb'
import type { DurabilityPort } from '../platform/electronDurability'
import { countRows, readAllRows, replaceDatabase } from '../durability/databaseRows'
import { lastAckedSeq, recordJournalSeq, storedJournalSeq } from '../durability/journalSync'
import { archiveStreamOptions } from '../streams/archiveStreamOptions'
import { APP_VERSION } from './backupActions'
import { readArchiveNatively } from '../streams/readArchiveNatively'

/** What the start-up check decided: nothing to do, replay the journal's tail, or rebuild. */
export type RecoveryPlan =
  | { kind: 'none'; state: DurabilityState }
  | { kind: 'catch-up'; state: DurabilityState; afterSeq: number }
  | { kind: 'rebuild'; state: DurabilityState }

/**
 * Compares the database with the journal. Empty while the journal or a snapshot holds data →
 * rebuild; its recorded sequence number behind the journal's → replay the missing entries (or
 * rebuild when the snapshot already swallowed them). Replaying is idempotent: rows are written
 * whole, so entries the database did have change nothing.
 */
export async function planRecovery(port: DurabilityPort): Promise<RecoveryPlan> {
  const state = await port.state()
  if (state.journalSeq === 0) return { kind: 'none', state }
  if ((await db.projects.count()) === 0) return { kind: 'rebuild', state }
  const seq = await storedJournalSeq()
  if (seq >= state.journalSeq) return { kind: 'none', state }
  if (seq < (state.latestSnapshot?.seq ?? 0)) return { kind: 'rebuild', state }
  return { kind: 'catch-up', state, afterSeq: seq }
}

async function snapshotRows(port: DurabilityPort, info: SnapshotInfo): Promise<BackupRows> {
  const archive = await readArchiveNatively(await port.readSnapshot(info.name), db.verno)
  if (archive.manifest.kind !== 'snapshot') throw new BackupError('Not a database snapshot.')
  return archive.rows
}

/**
 * Carries out a plan: the latest snapshot (if any) plus every later journal entry become the
 * database, in one transaction, reporting progress from 0 to 1.
 */
export async function runRecovery(
  port: DurabilityPort,
  plan: RecoveryPlan,
  onProgress: (done: number) => void,
): Promise<void> {
  if (plan.kind === 'none') return
  if (plan.kind === 'catch-up') {
    const current = await readAllRows()
    await replaceDatabase(current, await port.readJournal(plan.afterSeq), onProgress)
  } else {
    const snapshot = plan.state.latestSnapshot
    const rows = snapshot ? await snapshotRows(port, snapshot) : {}
    await replaceDatabase(rows, await port.readJournal(snapshot?.seq ?? 0), onProgress)
  }
  await recordJournalSeq(plan.state.journalSeq)
}

/** Rows per part of a snapshot entry: one JSON string of this many rows is held at a time. */
const SNAPSHOT_PART_ROWS = 5000

function* partsOf(rows: readonly unknown[]): Generator<readonly unknown[]> {
  for (let i = 0; i < rows.length; i += SNAPSHOT_PART_ROWS)
    yield rows.slice(i, i + SNAPSHOT_PART_ROWS)
}

/**
 * A snapshot archive of rows already read: streamed table by table in parts, compressed in a
 * worker and hashed natively, so a large database is never one JSON string and the UI thread
 * never deflates (format 2 of the archive; docs/adr/0009).
 */
function archiveOf(
  rows: BackupRows,
  seq: number,
  schemaVersion: number,
): Promise<Uint8Array<ArrayBuffer>> {
  return streamArchive(
    (table) => partsOf(rows[table] ?? []),
    { kind: 'snapshot', appVersion: APP_VERSION, schemaVersion, seq, createdAt: Date.now() },
    archiveStreamOptions(),
  )
}

/**
 * Writes a snapshot of the whole database. Its seq is the last journal entry the database is
 * known to hold, so compaction drops only entries that really are in the snapshot.
 */
export async function takeSnapshot(
  port: DurabilityPort,
  reason: SnapshotReason,
): Promise<SnapshotInfo> {
  const seq = lastAckedSeq()
  const rows = await readAllRows()
  return port.writeSnapshot({
    bytes: await archiveOf(rows, seq, db.verno),
    seq,
    reason,
    counts: countRows(rows),
  })
}

/**
 * Before Dexie upgrades the schema, copies the database as the old version left it into a
 * snapshot (read with a schema-less Dexie, which opens whatever version is on disk). Returns
 * whether a snapshot was taken.
 */
export async function snapshotBeforeUpgrade(port: DurabilityPort): Promise<boolean> {
  const existing = (await indexedDB.databases()).find((d) => d.name === DB_NAME)
  const onDisk = existing?.version ?? 0
  // Dexie stores version n as IndexedDB version n * 10.
  if (onDisk === 0 || onDisk >= db.verno * 10) return false
  const old = new Dexie(DB_NAME)
  await old.open()
  try {
    const rows: BackupRows = {}
    for (const name of BACKUP_TABLES) {
      if (old.tables.some((t) => t.name === name)) rows[name] = await old.table(name).toArray()
    }
    const stored = rows.settings?.find((r) => (r as { key?: string }).key === 'journal.seq')
    const seq = Math.min(
      typeof (stored as { value?: unknown })?.value === 'number'
        ? (stored as { value: number }).value
        : 0,
      (await port.state()).journalSeq,
    )
    const bytes = await archiveOf(rows, seq, Math.floor(onDisk / 10))
    await port.writeSnapshot({ bytes, seq, reason: 'before-upgrade', counts: countRows(rows) })
  } finally {
    old.close()
  }
  return true
}

/**
 * "Restore from snapshot": the database becomes the chosen snapshot. The current state is first
 * kept as a snapshot of its own (so the restore can be undone), and the restored state is
 * snapshotted after, so a later rebuild starts from it rather than from what it replaced.
 */
export async function restoreSnapshot(port: DurabilityPort, info: SnapshotInfo): Promise<void> {
  const rows = await snapshotRows(port, info)
  await takeSnapshot(port, 'manual')
  await replaceDatabase(rows, [], () => undefined)
  // The journal's later entries must not be replayed over the restored state at the next start.
  await recordJournalSeq(lastAckedSeq())
  await takeSnapshot(port, 'manual')
}
