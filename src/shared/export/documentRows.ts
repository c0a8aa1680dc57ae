import type { ArticleCoding } from '../domain/articleCoding'
import type { Annotation } from '../domain/annotation'
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

const key = (documentId: string, coder: string): string => `${documentId}\u0000${coder}`

/**
 * Returns documents.csv: one row per live document and coder, where a document's coders are those
 * with article-level codings or spans on it (sorted by name); a document nobody coded yet has one
 * row with an empty coder. One row per document × coder keeps several coders' article codes
 * side by side for reliability and is one row per document when there is one coder. Columns:
 * `DOCUMENT_COLUMNS` (metadata, lengths in UTF-16 units and code points, provenance), one column
 * per imported attribute key found on any document of the project (sorted; empty where a document
 * lacks it), `DOCUMENT_CODER_COLUMNS` (status and codebook version as the coder's article coding
 * records them, empty without one), the columns of each article-scope dimension (labelled like
 * the span columns of annotations.csv), then the coder's live spans and all coders' live spans.
 */
export function buildDocumentRows(input: ProjectExportInput): AnnotationTable {
  const { documents, annotations } = liveRecords(input.documents, input.annotations)
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

  const codings = new Map<string, ArticleCoding>()
  for (const c of input.articleCodings) codings.set(key(c.documentId, c.coder), c)
  const spans = new Map<string, number>()
  const spansByDocument = new Map<string, number>()
  const coders = new Map<string, Set<string>>()
  const addCoder = (documentId: string, coder: string): void => {
    const set = coders.get(documentId)
    if (set === undefined) coders.set(documentId, new Set([coder]))
    else set.add(coder)
  }
  for (const a of annotations as Annotation[]) {
    spans.set(key(a.documentId, a.coder), (spans.get(key(a.documentId, a.coder)) ?? 0) + 1)
    spansByDocument.set(a.documentId, (spansByDocument.get(a.documentId) ?? 0) + 1)
    addCoder(a.documentId, a.coder)
  }
  for (const c of input.articleCodings) addCoder(c.documentId, c.coder)

  const header = [
    ...DOCUMENT_COLUMNS,
    ...attributeColumns,
    ...DOCUMENT_CODER_COLUMNS,
    ...articleColumns.map((c) => c.header),
    ...DOCUMENT_COUNT_COLUMNS,
  ]
  const rows: string[][] = []
  const days = new Map<number, string>()
  for (const d of documents) {
    const text = input.texts.get(d.id)
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
    const names = [...(coders.get(d.id) ?? [''])].sort()
    for (const coder of names) {
      const coding = codings.get(key(d.id, coder))
      rows.push([
        ...fixed,
        coder,
        coding?.status ?? '',
        coding === undefined ? '' : String(coding.codebookVersion),
        ...articleColumns.map((c) => c.cell(coding?.values[c.dimensionId])),
        String(spans.get(key(d.id, coder)) ?? 0),
        String(spansByDocument.get(d.id) ?? 0),
      ])
    }
  }
  return { header, rows }
}
