import { useSession } from '../../state/sessionStore'
import { cancelImport } from './importRun'
import { useImportRun } from './importRunStore'
import './import.css'

const count = (n: number, one: string, many: string) =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`

/**
 * The progress of a running import, in a corner and not modal, so reading and coding go on:
 * files and articles done, the current file and a cancel. When the run waits for a step whose
 * dialog was closed (or another dialog took its place), it offers to continue.
 */
export function ImportProgress() {
  const run = useImportRun()
  const overlay = useSession((s) => s.overlay)
  const setOverlay = useSession((s) => s.setOverlay)
  const waiting = run.phase === 'mapping' || run.phase === 'duplicates'
  if (run.phase !== 'running' && !(waiting && overlay !== 'import')) return null

  const files = `${run.filesDone.toLocaleString('en')} of ${count(run.filesTotal, 'file', 'files')}`
  const articles = `${count(run.articlesStored, 'article', 'articles')} stored`
  return (
    <section className="import-progress" aria-label="Import">
      <div
        role="progressbar"
        aria-label="Import progress"
        aria-valuemin={0}
        aria-valuemax={run.filesTotal}
        aria-valuenow={run.filesDone}
        aria-valuetext={`${files}, ${articles}`}
        className="import-progress-bar"
      >
        <div style={{ width: `${(100 * run.filesDone) / Math.max(1, run.filesTotal)}%` }} />
      </div>
      <p className="import-progress-text">
        {files} · {articles}
      </p>
      {run.currentFile !== '' && (
        <p className="import-progress-file" title={run.currentFile}>
          Reading {run.currentFile}
        </p>
      )}
      {waiting ? (
        <button type="button" className="primary" onClick={() => setOverlay('import')}>
          {run.phase === 'mapping' ? 'Map columns to continue' : 'Review duplicates to continue'}
        </button>
      ) : (
        <button type="button" onClick={cancelImport}>
          Cancel import
        </button>
      )}
    </section>
  )
}
