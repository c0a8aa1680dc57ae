import { Modal } from '../shell/Modal'
import { closeImport, importedSummary } from './importRun'
import type { ImportFailure, ImportRunState } from './importRunStore'

function FailureList({ items, label }: { items: ImportFailure[]; label: string }) {
  return (
    <ul className="failure-list" aria-label={label}>
      {items.map((f, i) => (
        <li key={`${f.name}-${i}`}>
          <strong>{f.name}</strong> — {f.reason}
        </li>
      ))}
    </ul>
  )
}

const files = (n: number) => `${n.toLocaleString('en')} ${n === 1 ? 'file' : 'files'}`

/**
 * The end of an import: how many articles came in, what a cancel kept, which duplicates were
 * skipped, and file by file what failed and why (one bad file never stops the others).
 */
export function ImportSummary({ run }: { run: ImportRunState }) {
  const stored = run.articlesStored
  return (
    <Modal title="Import summary" onClose={closeImport}>
      <p>{importedSummary(stored)}.</p>
      {run.cancelled && (
        <p role="status">
          Import cancelled. The {stored.toLocaleString('en')} articles stored before the cancel were
          kept; {files(run.notReached.length)} were not read.
        </p>
      )}
      {run.duplicatesSkipped + run.duplicatesImported > 0 && (
        <p>
          Duplicates: {run.duplicatesSkipped.toLocaleString('en')} skipped,{' '}
          {run.duplicatesImported.toLocaleString('en')} imported anyway or linked.
        </p>
      )}
      {run.failures.length > 0 && (
        <div role="alert">
          <p>
            {run.failures.length === 1
              ? '1 problem; that file (or row) was not imported:'
              : `${run.failures.length.toLocaleString('en')} problems; these files (or rows) were not imported:`}
          </p>
          <FailureList items={run.failures} label="Not imported" />
        </div>
      )}
      {run.warnings.length > 0 && (
        <>
          <p>Imported with warnings:</p>
          <FailureList items={run.warnings} label="Warnings" />
        </>
      )}
      <div className="modal-actions">
        <button type="button" className="primary" onClick={closeImport}>
          OK
        </button>
      </div>
    </Modal>
  )
}
