import type { ArticleCoding } from '../domain/articleCoding'
import type { Annotation } from '../domain/annotation'
import type { NewsDocument } from '../domain/document'
import type { MultiLayout } from './annotationRows'
import { annotationRowMaker, byTitleThenId } from './annotationRows'
import { buildCodebookRows } from './codebookRows'
import { documentRowMaker, groupBy } from './documentRows'
import type { ProjectExportInput, TableName } from './exportTables'
import { speakerTally } from './speakerRows'
import type { CsvProfile } from './toCsv'
import { csvBody, csvHead } from './toCsv'

/** What an export reads before the batches: the project's small tables and all its documents. */
export type ExportFrame = Pick<ProjectExportInput, 'project' | 'codebook' | 'speakers'> & {
  documents: readonly NewsDocument[]
}

/**
 * A run of consecutive documents of `exportOrder` with everything of theirs an export reads. Texts
 * are keyed by document id; annotations and codings may include deleted ones (they are skipped).
 */
export type ExportBatch = {
  documents: readonly NewsDocument[]
  texts: ReadonlyMap<string, string>
  annotations: readonly Annotation[]
  articleCodings: readonly ArticleCoding[]
}

/** Where one CSV file goes, piece by piece. */
export type TextSink = { write(text: string): Promise<void>; close(): Promise<void> }

/** What to write: which tables, how multiple choices are laid out, for which program. */
export type CsvTablesChoice = {
  tables: ReadonlySet<TableName>
  layout: MultiLayout
  profile: CsvProfile
}

/** The order in which every table lists documents: the live ones, by title, then id. */
export function exportOrder(documents: readonly NewsDocument[]): NewsDocument[] {
  return documents.filter((d) => d.deletedAt === null).sort(byTitleThenId)
}

/**
 * Yields an in-memory project as batches of `size` documents in `exportOrder`: what a reader of
 * the database yields, for tests and for callers that already hold the whole project.
 */
export function* batchesOf(input: ProjectExportInput, size: number): Generator<ExportBatch> {
  const order = exportOrder(input.documents)
  const annotations = groupBy(input.annotations, (a) => a.documentId)
  const codings = groupBy(input.articleCodings, (c) => c.documentId)
  for (let i = 0; i < order.length; i += size) {
    const documents = order.slice(i, i + size)
    const texts = new Map<string, string>()
    for (const d of documents) {
      const text = input.texts.get(d.id)
      if (text !== undefined) texts.set(d.id, text)
    }
    yield {
      documents,
      texts,
      annotations: documents.flatMap((d) => annotations.get(d.id) ?? []),
      articleCodings: documents.flatMap((d) => codings.get(d.id) ?? []),
    }
  }
}

/**
 * Writes the chosen tables as CSV files (`<name>.csv`, opened through `open` in `TABLE_NAMES`
 * order) from a project read batch by batch, and returns the number of data rows of each. Each
 * batch becomes CSV text at once, so neither a table's rows nor its whole text is ever held; the
 * text equals `toCsv(buildTables(...))` exactly, because the same row makers build both.
 * annotations.csv and documents.csv fill up together, batch by batch; speakers.csv (which counts
 * spans across all batches) and codebook.csv follow.
 */
export async function streamCsvTables(
  frame: ExportFrame,
  batches: AsyncIterable<ExportBatch> | Iterable<ExportBatch>,
  choice: CsvTablesChoice,
  open: (fileName: string) => TextSink,
): Promise<Partial<Record<TableName, number>>> {
  const { tables, layout, profile } = choice
  const counts: Partial<Record<TableName, number>> = {}
  const annotations = annotationRowMaker(frame, layout)
  const documents = documentRowMaker(frame)
  const speakers = speakerTally(frame.codebook)
  const start = async (name: TableName, header: readonly string[]): Promise<TextSink> => {
    const sink = open(`${name}.csv`)
    counts[name] = 0
    await sink.write(csvHead(header, profile))
    return sink
  }
  const annotationSink = tables.has('annotations')
    ? await start('annotations', annotations.header)
    : null
  const documentSink = tables.has('documents') ? await start('documents', documents.header) : null

  for await (const batch of batches) {
    const live = batch.annotations.filter((a) => a.deletedAt === null)
    const spans = groupBy(live, (a) => a.documentId)
    const codings = groupBy(batch.articleCodings, (c) => c.documentId)
    const annotationRows: string[][] = []
    const documentRows: string[][] = []
    for (const d of batch.documents) {
      const text = batch.texts.get(d.id)
      const own = spans.get(d.id) ?? []
      if (annotationSink && own.length > 0) {
        for (const row of annotations.rowsOf(d, text, own)) annotationRows.push(row)
      }
      if (documentSink) {
        const rows = documents.rowsOf(d, text, own, codings.get(d.id) ?? [])
        for (const row of rows) documentRows.push(row)
      }
      speakers.add(own)
    }
    if (annotationSink) {
      counts.annotations = (counts.annotations ?? 0) + annotationRows.length
      await annotationSink.write(csvBody(annotationRows, profile))
    }
    if (documentSink) {
      counts.documents = (counts.documents ?? 0) + documentRows.length
      await documentSink.write(csvBody(documentRows, profile))
    }
  }

  await annotationSink?.close()
  await documentSink?.close()
  for (const name of ['speakers', 'codebook'] as const) {
    if (!tables.has(name)) continue
    const table =
      name === 'speakers' ? speakers.table(frame.speakers) : buildCodebookRows(frame.codebook)
    const sink = await start(name, table.header)
    counts[name] = table.rows.length
    await sink.write(csvBody(table.rows, profile))
    await sink.close()
  }
  return counts
}
