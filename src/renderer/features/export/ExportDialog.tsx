import { useState, type FormEvent } from 'react'
import type { MultiLayout } from '../../../shared/export/annotationRows'
import type { TableName } from '../../../shared/export/exportTables'
import { TABLE_NAMES } from '../../../shared/export/exportTables'
import type { CsvProfile } from '../../../shared/export/toCsv'
import { exportProjectCsv } from '../../actions/exportActions'
import type { ExportFormat } from '../../actions/exportProject'
import { exportProject } from '../../actions/exportProject'
import { platform } from '../../platform/platform'
import { useSession } from '../../state/sessionStore'
import { errorMessage } from '../shell/errorMessage'
import { Modal } from '../shell/Modal'
import { useCloseOverlay } from '../shell/useCloseOverlay'
import './export.css'
import { ExportFormatOptions } from './ExportFormatOptions'
import { ExportProfileOption } from './ExportProfileOption'
import { ExportTableOptions } from './ExportTableOptions'
import { ImportQdpxButton } from './ImportQdpxButton'

// Remembered for the session: a researcher usually exports for the same tool every time.
let last = {
  profile: 'analysis' as CsvProfile,
  format: 'csv-zip' as ExportFormat,
  layout: 'wide' as MultiLayout,
  tables: new Set<TableName>(TABLE_NAMES),
}

/**
 * Exports the open project: the annotations CSV in one click ("Export CSV"), or any of the tidy
 * tables as CSV or an Excel workbook, the project as REFI-QDA, or its spans as W3C Web
 * Annotations ("Export files"), with a progress bar; and imports a REFI-QDA project.
 */
export function ExportDialog() {
  const projectId = useSession((s) => s.projectId)
  const notify = useSession((s) => s.notify)
  const close = useCloseOverlay()
  const [profile, setProfile] = useState(last.profile)
  const [format, setFormat] = useState(last.format)
  const [layout, setLayout] = useState(last.layout)
  const [tables, setTables] = useState<Set<TableName>>(last.tables)
  const [problem, setProblem] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [progress, setProgress] = useState<{ fraction: number; step: string } | null>(null)
  const [report, setReport] = useState<{ title: string; lines: string[] } | null>(null)
  const tabular = format === 'csv-zip' || format === 'csv-files' || format === 'xlsx'

  async function run(task: () => Promise<boolean>) {
    if (projectId === null || busy) return
    setBusy(true)
    setProblem(null)
    last = { profile, format, layout, tables }
    try {
      if (await task()) close()
    } catch (error) {
      setProblem(`The export failed: ${errorMessage(error)}`)
    } finally {
      setBusy(false)
      setProgress(null)
    }
  }

  // The one-click path: annotations.csv alone, as the core loop always had it.
  const exportCsv = () =>
    run(async () => {
      const file = await exportProjectCsv(projectId as string, profile)
      const saved = await platform.saveFile({
        defaultName: file.fileName,
        content: file.content,
        filterName: 'CSV',
        extensions: ['csv'],
      })
      if (!saved) return false // canceled in the save dialog: stay here, nothing happened
      const rows = file.rowCount === 1 ? '1 annotation' : `${file.rowCount} annotations`
      notify('info', `Exported ${rows} to ${file.fileName}`)
      return true
    })

  const exportFiles = (event: FormEvent) => {
    event.preventDefault()
    void run(async () => {
      const result = await exportProject(
        projectId as string,
        { format, tables, profile, layout },
        (fraction, step) => setProgress({ fraction, step }),
      )
      let names = result.files.map((f) => f.fileName)
      if (result.files.length > 1) {
        // Several CSV files: one folder dialog for all of them, not one save dialog each.
        const files = result.files.map((f) => ({ name: f.fileName, content: f.content }))
        const saved = await platform.saveFilesToFolder({ title: 'Save the CSV files in…', files })
        if (saved === null) return false
        names = saved
      } else {
        for (const file of result.files) {
          const { fileName, content, filterName, extensions } = file
          const request = { defaultName: fileName, content, filterName, extensions }
          if (!(await platform.saveFile(request))) return false
        }
      }
      notify('info', `Exported ${result.summary} to ${names.join(', ')}`)
      return true
    })
  }

  return (
    <Modal title="Export" onClose={close}>
      <form onSubmit={exportFiles}>
        <ExportFormatOptions value={format} onChange={setFormat} />
        {tabular && (
          <ExportTableOptions
            tables={tables}
            onTables={setTables}
            layout={layout}
            onLayout={setLayout}
          />
        )}
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
        {progress && (
          <>
            <progress
              className="export-progress"
              aria-label="Export progress"
              max={1}
              value={progress.fraction}
            />
            <p className="export-step" aria-live="polite">
              {progress.step}
            </p>
          </>
        )}
        {problem && (
          <p role="alert" className="form-error">
            {problem}
          </p>
        )}
        {report && (
          <section aria-label="Import report" role="status">
            <p>
              {report.title}.{' '}
              {report.lines.length === 0
                ? 'Everything in the file was imported.'
                : 'Not imported as is:'}
            </p>
            {report.lines.length > 0 && (
              <ul className="export-report">
                {report.lines.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            )}
          </section>
        )}
        <p className="export-import">
          <ImportQdpxButton
            onReport={(title, lines) => setReport({ title, lines })}
            onError={setProblem}
          />
          <span className="hint">
            A .qdpx from NVivo, ATLAS.ti, MAXQDA or QualCoder becomes a new project.
          </span>
        </p>
        <div className="modal-actions">
          <button type="button" onClick={close}>
            Cancel
          </button>
          <button type="button" disabled={busy} onClick={() => void exportCsv()}>
            Export CSV
          </button>
          <button type="submit" className="primary" disabled={busy}>
            Export files
          </button>
        </div>
      </form>
    </Modal>
  )
}
