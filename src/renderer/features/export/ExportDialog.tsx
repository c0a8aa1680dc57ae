import { useState, type FormEvent } from 'react'
import type { CsvProfile } from '../../../shared/export/toCsv'
import { exportProjectCsv } from '../../actions/exportActions'
import { platform } from '../../platform/platform'
import { useSession } from '../../state/sessionStore'
import { errorMessage } from '../shell/errorMessage'
import { Modal } from '../shell/Modal'
import { useCloseOverlay } from '../shell/useCloseOverlay'
import { ExportProfileOption } from './ExportProfileOption'

// Remembered for the session: a researcher usually exports for the same tool every time.
let lastProfile: CsvProfile = 'analysis'

/** Exports the open project's annotations as CSV in the profile the user's tool needs. */
export function ExportDialog() {
  const projectId = useSession((s) => s.projectId)
  const notify = useSession((s) => s.notify)
  const close = useCloseOverlay()
  const [profile, setProfile] = useState<CsvProfile>(lastProfile)
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function submit(event: FormEvent) {
    event.preventDefault()
    if (projectId === null || busy) return
    setBusy(true)
    setProblem(null)
    lastProfile = profile
    try {
      const file = await exportProjectCsv(projectId, profile)
      const saved = await platform.saveFile({
        defaultName: file.fileName,
        content: file.content,
        filterName: 'CSV',
        extensions: ['csv'],
      })
      if (!saved) return // canceled in the save dialog: stay here, nothing happened
      const rows = file.rowCount === 1 ? '1 annotation' : `${file.rowCount} annotations`
      notify('info', `Exported ${rows} to ${file.fileName}`)
      close()
    } catch (error) {
      setProblem(`The export failed: ${errorMessage(error)}`)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Modal title="Export CSV" onClose={close}>
      <form onSubmit={submit}>
        <fieldset className="choice-group">
          <legend>Profile</legend>
          <ExportProfileOption
            value="analysis"
            checked={profile === 'analysis'}
            onSelect={setProfile}
            label="Analysis (R, pandas, SPSS)"
            explanation="Values exactly as stored, UTF-8 without a byte-order mark. Use this for statistics software and scripts."
          />
          <ExportProfileOption
            value="spreadsheet"
            checked={profile === 'spreadsheet'}
            onSelect={setProfile}
            label="Spreadsheet (Excel, LibreOffice)"
            explanation="UTF-8 with a byte-order mark so Excel reads accents correctly; cells that look like formulas are neutralised. Use this to open the file in a spreadsheet."
          />
        </fieldset>
        {problem && (
          <p role="alert" className="form-error">
            {problem}
          </p>
        )}
        <div className="modal-actions">
          <button type="button" onClick={close}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy}>
            Export CSV
          </button>
        </div>
      </form>
    </Modal>
  )
}
