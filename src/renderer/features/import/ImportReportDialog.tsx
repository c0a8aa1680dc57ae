import { Modal } from '../shell/Modal'
import { useCloseOverlay } from '../shell/useCloseOverlay'
import { importedSummary } from './importPickedFiles'
import { useImportReport } from './importReportStore'

/** What the last import brought in and, file by file, what it refused and why. */
export function ImportReportDialog() {
  const report = useImportReport((s) => s.report)
  const close = useCloseOverlay()
  if (!report) return null
  return (
    <Modal title="Import report" onClose={close}>
      <p>{importedSummary(report.imported.length)}.</p>
      {report.failed.length > 0 && (
        <div role="alert">
          <p>
            {report.failed.length === 1
              ? '1 file was not imported:'
              : `${report.failed.length} files were not imported:`}
          </p>
          <ul className="failure-list">
            {report.failed.map((f, i) => (
              <li key={`${f.name}-${i}`}>
                <strong>{f.name}</strong> — {f.reason}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="modal-actions">
        <button type="button" className="primary" onClick={close}>
          OK
        </button>
      </div>
    </Modal>
  )
}
