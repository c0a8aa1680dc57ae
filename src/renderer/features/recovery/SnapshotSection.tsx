import { useEffect, useState } from 'react'
import type { SnapshotInfo } from '../../../shared/journal/snapshotInfo'
import { restoreSnapshot, takeSnapshot } from '../../actions/recoveryActions'
import type { DurabilityPort } from '../../platform/electronDurability'
import { useSession } from '../../state/sessionStore'
import { switchProject } from '../projects/switchProject'
import { errorMessage } from '../shell/errorMessage'

const REASONS: Record<SnapshotInfo['reason'], string> = {
  activity: 'while working',
  quit: 'on quit',
  'before-upgrade': 'before an upgrade',
  'new-version': 'on a new version',
  manual: 'by hand',
}

/** "Restore from snapshot": the snapshots main keeps, with time and counts, each restorable. */
export function SnapshotSection({ port }: { port: DurabilityPort }) {
  const notify = useSession((s) => s.notify)
  const [snapshots, setSnapshots] = useState<SnapshotInfo[] | null>(null)
  const [confirm, setConfirm] = useState<SnapshotInfo | null>(null)
  const reload = () => port.listSnapshots().then(setSnapshots, () => setSnapshots([]))
  useEffect(() => void reload(), []) // eslint-disable-line react-hooks/exhaustive-deps

  async function run(work: () => Promise<unknown>, done: string) {
    try {
      await work()
      notify('info', done)
    } catch (error) {
      notify('error', errorMessage(error))
    }
    setConfirm(null)
    await reload()
  }

  if (snapshots === null) return null
  return (
    <div className="snapshot-section">
      <button
        type="button"
        onClick={() => void run(() => takeSnapshot(port, 'manual'), 'Snapshot taken.')}
      >
        Take snapshot now
      </button>
      {snapshots.length === 0 ? (
        <p className="hint">No snapshots yet.</p>
      ) : (
        <ul className="trash-list" aria-label="Snapshots">
          {snapshots.map((s) => (
            <li key={s.name}>
              <span>
                {new Date(s.createdAt).toLocaleString()} ({REASONS[s.reason]}):{' '}
                {s.counts['projects'] ?? 0} projects, {s.counts['documents'] ?? 0} documents,{' '}
                {s.counts['annotations'] ?? 0} spans
              </span>
              <button
                type="button"
                onClick={() => setConfirm(s)}
                aria-label={`Restore snapshot of ${new Date(s.createdAt).toLocaleString()}`}
              >
                Restore
              </button>
            </li>
          ))}
        </ul>
      )}
      {confirm && (
        <div role="alertdialog" aria-label="Restore this snapshot?" className="confirm-row">
          <p>
            Replace all data with the snapshot of {new Date(confirm.createdAt).toLocaleString()}?
            The current data is kept as a snapshot first.
          </p>
          <button
            type="button"
            className="danger"
            onClick={() =>
              void run(async () => {
                await restoreSnapshot(port, confirm)
                await switchProject(null)
              }, 'The snapshot was restored.')
            }
          >
            Replace with snapshot
          </button>
          <button type="button" onClick={() => setConfirm(null)}>
            Cancel
          </button>
        </div>
      )}
    </div>
  )
}
