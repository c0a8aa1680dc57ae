import { errorDetail } from '../errorDetail'
import type { ImportOutcome } from '../importTypes'

/**
 * Names of the errors with which pdf.js says that it read a file and found it unusable: no
 * valid PDF structure (`InvalidPDFException`), or a failure inside its parser on this file's
 * content, passed from its worker as `UnknownErrorException`. Any other error (no worker, a
 * worker script that did not load, a version mismatch, a TypeError) is a fault of the app.
 */
const FILE_ERRORS = new Set(['InvalidPDFException', 'UnknownErrorException'])

const nameOf = (error: unknown): string =>
  error instanceof Error || (typeof error === 'object' && error !== null && 'name' in error)
    ? String((error as { name: unknown }).name)
    : ''

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error)

/**
 * The outcome for a PDF that could not be read, by who said what: password-protected and
 * damaged only when pdf.js said so (`PasswordException`, `FILE_ERRORS`), with pdf.js's own words
 * for the damage; any other failure is reported as the app's PDF reader failing — the file may
 * well be fine — with the error's stack in `detail` for the developer console. So a broken
 * build can never pass for a broken file.
 */
export function pdfFailure(fileName: string, error: unknown): ImportOutcome {
  const name = `“${fileName}”`
  const kind = nameOf(error)
  if (kind === 'PasswordException') {
    return { ok: false, error: `${name} is password-protected and cannot be read.` }
  }
  if (FILE_ERRORS.has(kind)) {
    const reason = messageOf(error).replace(/\.$/, '')
    return {
      ok: false,
      error: `${name} cannot be read as a PDF: it is damaged (pdf.js: ${reason}).`,
    }
  }
  return {
    ok: false,
    error: `${name} was not imported: the app’s PDF reader failed (${messageOf(error)}). The file may be fine; this is a fault in Newscoder, and the details are in the developer console.`,
    detail: errorDetail(error),
  }
}
