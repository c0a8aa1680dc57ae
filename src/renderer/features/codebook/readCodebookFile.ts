import { checkDimensions } from '../../../shared/codebook/checkDimensions'
import { parseCodebookJson } from '../../../shared/codebook/codebookJson'
import type { PickedFile } from '../../../shared/ipc/contract'
import { qdcToCodebook } from '../../../shared/refiQda/qdcToCodebook'
import { errorMessage } from '../shell/errorMessage'
import type { PendingImport } from './ImportConfirmDialog'

/** Largest codebook file read; a real codebook is a few hundred kilobytes at most. */
const MAX_CODEBOOK_BYTES = 5 * 1024 * 1024

/**
 * Reads and checks a codebook file, Newscoder JSON or REFI-QDA `.qdc` (by extension), without
 * changing anything. Resolves to the import to confirm, or throws a message naming the file and
 * the reason it was refused.
 */
export function readCodebookFile(file: PickedFile, format: 'json' | 'qdc'): PendingImport {
  const refuse = (reason: string) =>
    new Error(`“${file.name}” was not imported: ${reason} Nothing was changed.`)
  if (file.bytes === null || file.size > MAX_CODEBOOK_BYTES)
    throw refuse('it is over 5 MB, too large for a codebook.')
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(file.bytes)
  } catch {
    throw refuse('it is not UTF-8 text.')
  }
  if (format === 'json') {
    const result = parseCodebookJson(text)
    if (!result.ok) throw refuse(result.error)
    const { name, version, dimensions } = result.codebook
    const note = `Imported “${name}” (version ${version}) from ${file.name}`
    return { file: file.name, name, dimensions, report: [], note }
  }
  let read: ReturnType<typeof qdcToCodebook>
  try {
    read = qdcToCodebook(text)
  } catch (error) {
    throw refuse(errorMessage(error))
  }
  const problems = checkDimensions(read.dimensions)
  if (problems.length > 0) throw refuse(problems[0] ?? '')
  const note = `Imported the REFI-QDA codebook ${file.name}`
  return { file: file.name, name: null, dimensions: read.dimensions, report: read.report, note }
}
