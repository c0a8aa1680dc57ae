import { useRecovery } from './recoveryStore'

/** The message and progress bar shown on the startup screen while the database is rebuilt. */
export function RecoveryProgress() {
  const status = useRecovery((s) => s.status)
  if (!status) return null
  return (
    <div className="recovery-progress">
      <p role="status">{status.message}</p>
      <progress max={1} value={status.progress} aria-label="Restoring from the backup journal" />
    </div>
  )
}
