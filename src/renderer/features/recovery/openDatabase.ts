import Dexie from 'dexie'
import {
  planRecovery,
  runRecovery,
  snapshotBeforeUpgrade,
  takeSnapshot,
} from '../../actions/recoveryActions'
import { db } from '../../db/NewscoderDb'
import { setDatabaseReadOnly } from '../../db/readOnlyMiddleware'
import { platform } from '../../platform/platform'
import type { DurabilityPort } from '../../platform/electronDurability'
import { useSession } from '../../state/sessionStore'
import { errorMessage } from '../shell/errorMessage'
import { startBrowserChangeReminder } from './browserChangeReminder'
import { startJournalSync } from '../../durability/journalSync'
import { setRecoveryStatus } from './recoveryStore'
import { startSnapshotSchedule } from './snapshotSchedule'
import { requestPersistentStorage } from '../storage/requestPersistentStorage'

const errorName = (error: unknown): string => {
  const e = error as { name?: string; inner?: { name?: string } }
  return e?.inner?.name ?? e?.name ?? ''
}

/** Opens the database; resolves to true when it comes from a newer schema and is read-only. */
async function openOrReopen(port: DurabilityPort | null): Promise<boolean> {
  try {
    await db.open()
    // Dexie 4 opens a newer database (at its on-disk version, keeping its tables and indexes), so
    // this build can read it; it must not write rows whose shape it does not know.
    const newer = db.backendDB().version > db.verno * 10
    setDatabaseReadOnly(newer)
    useSession.getState().setReadOnly(newer)
    return newer
  } catch (error) {
    if (!['DatabaseClosedError', 'UnknownError', 'OpenFailedError'].includes(errorName(error)))
      throw error
    db.close()
    try {
      await db.open()
      return false
    } catch (again) {
      // Unreadable twice: only with a journal or snapshot to rebuild from may it be replaced.
      const state = await port?.state().catch(() => null)
      if (!state || state.journalSeq === 0) throw again
      await Dexie.delete(db.name)
      await db.open()
      return false
    }
  }
}

/**
 * Opens the database the way nothing gets lost: asks for persistent storage; in the desktop app,
 * snapshots the old data before a schema upgrade, reopens after DatabaseClosedError/UnknownError,
 * rebuilds from snapshot + journal when the database is empty, unreadable or behind (saying so,
 * with progress), then journals every change and snapshots on a schedule and on a new version.
 * Browser mode, which has no journal, reminds the user to download backups instead.
 */
export async function openDatabase(): Promise<void> {
  void requestPersistentStorage()
  const port = platform.durability
  if (!port) {
    await openOrReopen(null)
    startBrowserChangeReminder()
    return
  }
  const notify = useSession.getState().notify
  await snapshotBeforeUpgrade(port).catch((error: unknown) =>
    notify('error', `The snapshot before the upgrade failed: ${errorMessage(error)}`),
  )
  if (await openOrReopen(port)) {
    // Read-only (the banner says so): no recovery, journal or snapshots, which would all write.
    return
  }
  const plan = await planRecovery(port)
  if (plan.kind !== 'none') {
    const message =
      plan.kind === 'rebuild'
        ? 'Newscoder found your data in its backup journal and is restoring it…'
        : 'Newscoder is bringing its database up to date from the backup journal…'
    setRecoveryStatus({ message, progress: 0 })
    await runRecovery(port, plan, (progress) => setRecoveryStatus({ message, progress }))
    setRecoveryStatus(null)
    notify('info', 'Your data was restored from the backup journal.')
  }
  startJournalSync(port, plan.state.journalSeq)
  if (plan.state.versionChanged) {
    await takeSnapshot(port, 'new-version').catch((error: unknown) =>
      notify('error', `Snapshot failed: ${errorMessage(error)}`),
    )
  }
  startSnapshotSchedule(port, plan.state.journalSeq)
}
