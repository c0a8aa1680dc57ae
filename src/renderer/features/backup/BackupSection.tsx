import { useState } from 'react'
import { backupProject, restoreBackup } from '../../actions/backupActions'
import { MAX_TOTAL_BYTES } from '../../../shared/backup/backupFormat'
import { platform } from '../../platform/platform'
import { useSession } from '../../state/sessionStore'
import { switchProject } from '../projects/switchProject'
import { errorMessage } from '../shell/errorMessage'

/** "Back up project" (the open project as a .newscoder file) and "Restore backup…". */
export function BackupSection() {
  const projectId = useSession((s) => s.projectId)
  const notify = useSession((s) => s.notify)
  // Fraction of the project's articles written so far; null when no backup is running.
  const [progress, setProgress] = useState<number | null>(null)
  // What a running restore is doing ("Checking the backup…"); null when none runs.
  const [restoring, setRestoring] = useState<string | null>(null)
  const busy = progress !== null || restoring !== null

  async function backUp() {
    if (!projectId || progress !== null) return
    setProgress(0)
    try {
      const saved = await backupProject(projectId, (done, total) =>
        setProgress(total === 0 ? 1 : done / total),
      )
      if (saved) notify('info', 'The project backup was saved.')
    } catch (error) {
      notify('error', `The backup failed: ${errorMessage(error)}`)
    } finally {
      setProgress(null)
    }
  }

  async function restore() {
    if (busy) return
    try {
      const [file] = await platform.openFiles({
        title: 'Restore backup',
        filterName: 'Newscoder backups',
        extensions: ['newscoder'],
        maxBytes: MAX_TOTAL_BYTES,
      })
      if (!file) return
      if (!file.bytes) throw new Error('The file is too large to restore.')
      const result = await restoreBackup(file.bytes, setRestoring)
      await switchProject(result.projectId)
      const { documents, annotations } = result.counts
      notify(
        'info',
        `Restored “${result.name}”: ${documents} documents, ${annotations} spans${result.copied ? ' (as a copy, since the original still exists)' : ''}.`,
      )
    } catch (error) {
      notify('error', `Nothing was restored. ${errorMessage(error)}`)
    } finally {
      setRestoring(null)
    }
  }

  return (
    <div className="backup-section">
      <p className="hint">
        A backup is one .newscoder file holding everything of a project: documents, codebook and its
        history, speakers, spans (deleted ones too) and article codes.
      </p>
      <div className="button-row">
        <button type="button" disabled={!projectId || busy} onClick={() => void backUp()}>
          Back up project
        </button>
        <button type="button" disabled={busy} onClick={() => void restore()}>
          Restore backup…
        </button>
      </div>
      {restoring !== null && (
        <div role="status" aria-label="Restore progress">
          <progress className="export-progress" aria-label="Restoring" />
          <span>{restoring}</span>
        </div>
      )}
      {progress !== null && (
        <progress
          aria-label="Backup progress"
          max={1}
          value={progress}
          className="export-progress"
        />
      )}
    </div>
  )
}
