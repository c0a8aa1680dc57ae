import type { Dimension } from '../../../shared/domain/codebook'
import { SubDialog } from './SubDialog'

/** A codebook read from a file, checked and waiting for the user's go-ahead. */
export type PendingImport = {
  file: string
  /** The codebook's name from the file, when the format carries one. */
  name: string | null
  dimensions: Dimension[]
  /** What the reader could not carry over as is (REFI-QDA sets, speaker codes …). */
  report: string[]
  note: string
}

type Props = { pending: PendingImport; onCancel: () => void; onConfirm: () => void }

/** Asks before an imported codebook replaces the project's, saying what will happen. */
export function ImportConfirmDialog({ pending, onCancel, onConfirm }: Props) {
  return (
    <SubDialog title="Replace the codebook?" onClose={onCancel}>
      <p>
        “{pending.file}” holds {pending.name ? `the codebook “${pending.name}” with ` : ''}
        {pending.dimensions.length} dimensions. It replaces this project’s codebook as a new
        version. Codes of values it does not have stay stored and are exported as their ids; Undo
        brings the current codebook back.
      </p>
      {pending.report.length > 0 && (
        <ul aria-label="Import notes">
          {pending.report.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      <div className="modal-actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" className="primary" onClick={onConfirm}>
          Replace codebook
        </button>
      </div>
    </SubDialog>
  )
}
