import type { ArticleCoding } from '../domain/articleCoding'
import type { Annotation } from '../domain/annotation'
import type { NewsDocument } from '../domain/document'
import { codePointOffsets } from '../offsets/codePoints'
import type { AnnotationTable } from './annotationRows'
import { dimensionColumns, uniqueColumn } from './dimensionColumns'
import type { ProjectExportInput } from './exportTables'
import { isoTime } from './isoTime'
import { liveRecords } from './liveRecords'

/** Columns of documents.csv before the imported attributes, in order. */
export const DOCUMENT_COLUMNS = [
  'project',
  'document_id',
  'title',
  'outlet',
  'author',
  'date',
  'url',
  'length_utf16',
  'length_cp',
  'text_sha256',
  'source_kind',
  'file_name',
  'file_sha256',
  'imported',
] as const

/** Columns of documents.csv between the attributes and the article-level codes. */
export const DOCUMENT_CODER_COLUMNS = ['coder', 'coding_status', 'codebook_version'] as const

/** Columns of documents.csv after the article-level codes. */
export const DOCUMENT_COUNT_COLUMNS = ['spans', 'spans_all_coders'] as const

/**
 * Returns a maker of documents.csv rows, one document at a time (see `buildDocumentRows`), so an
 * export can stream a project; `documents` must be all the live documents, for the attribute
 * columns. documents.csv: one row per live document and coder, where a document's coders are those
 * with article-level codings or spans on it (sorted by name); a document nobody coded yet has one
 * row with an empty coder. One row per document × coder keeps several coders' article codes
 * side by side for reliability and is one row per document when there is one coder. Columns:
 * `DOCUMENT_COLUMNS` (metadata, lengths in UTF-16 units and code points, provenance), one column
 * per imported attribute key found on any document of the project (sorted; empty where a document
 * lacks it), `DOCUMENT_CODER_COLUMNS` (status and codebook version as the coder's article coding
 * records them, empty without one), the columns of each article-scope dimension (labelled like
 * the span columns of annotations.csv), then the coder's live spans and all coders' live spans.
 */
export function documentRowMaker(
  input: Pick<ProjectExportInput, 'project' | 'codebook' | 'speakers' | 'documents'>,
): DocumentRowMaker {
  const documents = input.documents.filter((d) => d.deletedAt === null)
  const taken = new Set<string>([
    ...DOCUMENT_COLUMNS,
    ...DOCUMENT_CODER_COLUMNS,
    ...DOCUMENT_COUNT_COLUMNS,
  ])
  const attributeKeys = [...new Set(documents.flatMap((d) => Object.keys(d.attributes)))].sort()
  const attributeColumns = attributeKeys.map((k) => uniqueColumn(k, taken))
  const articleColumns = input.codebook.dimensions
    .filter((d) => d.scope === 'article')
    .flatMap((d) => dimensionColumns(d, input.speakers, taken))
  const header = [
    ...DOCUMENT_COLUMNS,
    ...attributeColumns,
    ...DOCUMENT_CODER_COLUMNS,
    ...articleColumns.map((c) => c.header),
    ...DOCUMENT_COUNT_COLUMNS,
  ]
  const days = new Map<number, string>()

  const rowsOf: DocumentRowMaker['rowsOf'] = (d, text, annotations, articleCodings) => {
    const codings = new Map<string, ArticleCoding>()
    for (const c of articleCodings) codings.set(c.coder, c)
    const spans = new Map<string, number>()
    const coders = new Set<string>()
    for (const a of annotations) {
      spans.set(a.coder, (spans.get(a.coder) ?? 0) + 1)
      coders.add(a.coder)
    }
    for (const c of articleCodings) coders.add(c.coder)
    const fixed = [
      input.project.name,
      d.id,
      d.title,
      d.outlet,
      d.author,
      d.date,
      d.url,
      String(d.length),
      text === undefined ? '' : String(codePointOffsets(text, [text.length])[0]),
      d.textHash,
      d.provenance.kind,
      d.provenance.fileName ?? '',
      d.provenance.sha256 ?? '',
      isoTime(d.provenance.importedAt, days),
      ...attributeKeys.map((k) => d.attributes[k] ?? ''),
    ]
    const names = coders.size === 0 ? [''] : [...coders].sort()
    return names.map((coder) => {
      const coding = codings.get(coder)
      return [
        ...fixed,
        coder,
        coding?.status ?? '',
        coding === undefined ? '' : String(coding.codebookVersion),
        ...articleColumns.map((c) => c.cell(coding?.values[c.dimensionId])),
        String(spans.get(coder) ?? 0),
        String(annotations.length),
      ]
    })
  }
  return { header, rowsOf }
}

/** Builds documents.csv one document at a time (see `documentRowMaker`). */
export type DocumentRowMaker = {
  header: string[]
  /** Rows of one live document from its text, live annotations and article codings. */
  rowsOf(
    document: NewsDocument,
    text: string | undefined,
    annotations: readonly Annotation[],
    articleCodings: readonly ArticleCoding[],
  ): string[][]
}

/** Returns documents.csv of a whole project: `documentRowMaker` applied to each live document. */
export function buildDocumentRows(input: ProjectExportInput): AnnotationTable {
  const { documents, annotations } = liveRecords(input.documents, input.annotations)
  const maker = documentRowMaker(input)
  const spans = groupBy(annotations, (a) => a.documentId)
  const codings = groupBy(input.articleCodings, (c) => c.documentId)
  const rows: string[][] = []
  for (const d of documents) {
    const made = maker.rowsOf(
      d,
      input.texts.get(d.id),
      spans.get(d.id) ?? [],
      codings.get(d.id) ?? [],
    )
    for (const row of made) rows.push(row)
  }
  return { header: maker.header, rows }
}

/** Returns the items of `list` grouped by `key`, each group in list order. */
export function groupBy<T>(list: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of list) {
    const k = key(item)
    const group = groups.get(k)
    if (group === undefined) groups.set(k, [item])
    else group.push(item)
  }
  return groups
}
