import type { CodingStatus } from '../domain/articleCoding'

/** Start of the description line that carries an article coding's status in exchange formats. */
export const STATUS_LINE_PREFIX = 'Coding status: '

/** The status as the app shows it (Not started / In progress / Complete). */
export const CODING_STATUS_LABELS: Record<CodingStatus, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  complete: 'Complete',
}

/**
 * Returns "Coding status: Complete" and the like: REFI-QDA and Web Annotation have no field for a
 * coder's progress on a document, so it travels as a readable line of a description.
 */
export const statusLine = (status: CodingStatus): string =>
  `${STATUS_LINE_PREFIX}${CODING_STATUS_LABELS[status]}`

/** Returns the status named by a line `statusLine` wrote, or null for any other line. */
export function readStatusLine(line: string): CodingStatus | null {
  if (!line.startsWith(STATUS_LINE_PREFIX)) return null
  const label = line.slice(STATUS_LINE_PREFIX.length).trim()
  const found = Object.entries(CODING_STATUS_LABELS).find(([, l]) => l === label)
  return found ? (found[0] as CodingStatus) : null
}
