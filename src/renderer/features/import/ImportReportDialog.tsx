import { DuplicatesDialog } from './DuplicatesDialog'
import { ImportSummary } from './ImportSummary'
import { useImportRun } from './importRunStore'
import { MapColumnsDialog } from './MapColumnsDialog'
import './import.css'

/**
 * The import overlay: the step the running import waits for (map columns, duplicates), or the
 * summary of the finished one. The progress itself is not modal (ImportProgress).
 */
export function ImportReportDialog() {
  const run = useImportRun()
  const group = run.tables[0]
  if (run.phase === 'mapping' && group) {
    return <MapColumnsDialog key={`${run.runId}-${run.tables.length}`} group={group} />
  }
  if (run.phase === 'duplicates') {
    return <DuplicatesDialog key={run.runId} duplicates={run.duplicates} />
  }
  if (run.phase === 'done') return <ImportSummary run={run} />
  return null
}
