import type { AnnotationExportInput } from './annotationRows'
import { buildAnnotationRows } from './annotationRows'
import { fileSlug } from './fileSlug'
import type { CsvProfile } from './toCsv'
import { toCsv } from './toCsv'

/** A finished export: the suggested file name, the CSV text and the number of data rows. */
export type CsvExport = { fileName: string; content: string; rowCount: number }

const twoDigits = (n: number): string => String(n).padStart(2, '0')

/**
 * Exports a project's annotations as CSV (one row per annotation, see `buildAnnotationRows`) for
 * the given profile (see `toCsv`). The file name is `<project-slug>-annotations-YYYY-MM-DD.csv`
 * with the date of `now` in local time, the day the user sees on their calendar.
 */
export function exportAnnotationsCsv(
  input: AnnotationExportInput,
  profile: CsvProfile,
  now: Date = new Date(),
): CsvExport {
  const { header, rows } = buildAnnotationRows(input)
  const day = `${now.getFullYear()}-${twoDigits(now.getMonth() + 1)}-${twoDigits(now.getDate())}`
  return {
    fileName: `${fileSlug(input.project.name)}-annotations-${day}.csv`,
    content: toCsv(header, rows, profile),
    rowCount: rows.length,
  }
}
