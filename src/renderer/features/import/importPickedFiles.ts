import type { PickedFile } from '../../../shared/ipc/contract'
import { importFiles } from '../../actions/documentActions'
import { platform } from '../../platform/platform'
import { useSession } from '../../state/sessionStore'
import { useImportReport } from './importReportStore'

/** "Imported 1 article" / "Imported 3 articles". */
export function importedSummary(count: number): string {
  return `Imported ${count} ${count === 1 ? 'article' : 'articles'}`
}

/**
 * Imports files into the open project: the one path for the file picker and drag and drop.
 * A clean import is announced in a notice; any failure opens the report dialog, which names each
 * failed file and why, so a refused file is never just missing.
 */
export async function importPickedFiles(files: PickedFile[]): Promise<void> {
  const session = useSession.getState()
  const projectId = session.projectId
  if (projectId === null) {
    session.notify('error', 'Create or open a project first.')
    return
  }
  if (files.length === 0) return
  const report = await importFiles(projectId, files)
  useImportReport.setState({ report })
  const first = report.imported[0]
  if (first) session.openDocument(first.id)
  if (report.failed.length > 0) session.setOverlay('import')
  else session.notify('info', `${importedSummary(report.imported.length)}.`)
}

/** Lets the user pick .txt files and imports them; canceling the picker does nothing. */
export async function importFromPicker(): Promise<void> {
  const files = await platform.openTextFiles()
  await importPickedFiles(files)
}
