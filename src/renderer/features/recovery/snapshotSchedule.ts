import { takeSnapshot } from '../../actions/recoveryActions'
import type { DurabilityPort } from '../../platform/electronDurability'
import { useSession } from '../../state/sessionStore'
import { errorMessage } from '../shell/errorMessage'
import { lastAckedSeq } from '../../durability/journalSync'

/** Minutes between snapshots while changes are being made. */
export const SNAPSHOT_INTERVAL_MINUTES = 10

/**
 * Every 10 minutes, snapshots the database if anything was journaled since the last snapshot:
 * idle hours produce no copies, a working day produces one per 10 minutes of work. Also answers
 * main's request before quitting with a 'quit' snapshot (always taken: main waits for it). Returns
 * the function that stops the schedule.
 */
export function startSnapshotSchedule(port: DurabilityPort, fromSeq: number): () => void {
  let snapshotSeq = fromSeq
  const timer = setInterval(() => {
    const seq = lastAckedSeq()
    if (seq <= snapshotSeq) return
    takeSnapshot(port, 'activity').then(
      (info) => (snapshotSeq = info.seq),
      (error: unknown) =>
        useSession.getState().notify('error', `Snapshot failed: ${errorMessage(error)}`),
    )
  }, SNAPSHOT_INTERVAL_MINUTES * 60_000)
  const unsubscribe = port.onSnapshotRequest(() => {
    takeSnapshot(port, 'quit').then(
      (info) => (snapshotSeq = info.seq),
      (error: unknown) => console.error('The snapshot on quit failed:', error),
    )
  })
  return () => {
    clearInterval(timer)
    unsubscribe()
  }
}
