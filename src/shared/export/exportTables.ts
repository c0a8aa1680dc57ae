import type { ArticleCoding } from '../domain/articleCoding'
import type { AnnotationExportInput, AnnotationTable, MultiLayout } from './annotationRows'
import { buildAnnotationRows } from './annotationRows'
import { buildCodebookRows } from './codebookRows'
import { buildDocumentRows } from './documentRows'
import { buildSpeakerRows } from './speakerRows'

/** Everything a project export reads: the annotation input plus the article-level codings. */
export type ProjectExportInput = AnnotationExportInput & {
  articleCodings: readonly ArticleCoding[]
}

/** The tidy tables of a project export, in the order the dialog lists them. */
export const TABLE_NAMES = ['annotations', 'documents', 'speakers', 'codebook'] as const

/** One of the tidy tables. */
export type TableName = (typeof TABLE_NAMES)[number]

/** A built table with its name (the CSV file is `<name>.csv`, the xlsx sheet `<name>`). */
export type NamedTable = AnnotationTable & { name: TableName }

/**
 * Returns the chosen tables of a project, in `TABLE_NAMES` order: annotations (one row per span,
 * or per value in the long `layout`), documents, speakers and the codebook's data dictionary.
 * Each is built from the same input, so they agree with each other (counts, labels).
 */
export function buildTables(
  input: ProjectExportInput,
  tables: ReadonlySet<TableName>,
  layout: MultiLayout,
): NamedTable[] {
  const result: NamedTable[] = []
  for (const name of TABLE_NAMES) {
    if (!tables.has(name)) continue
    const table =
      name === 'annotations'
        ? buildAnnotationRows(input, layout)
        : name === 'documents'
          ? buildDocumentRows(input)
          : name === 'speakers'
            ? buildSpeakerRows(input)
            : buildCodebookRows(input.codebook)
    result.push({ name, ...table })
  }
  return result
}
