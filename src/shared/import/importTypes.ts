import type { PdfjsLike } from './pdf/parsePdfFile'

/**
 * The contract between the pure importers (src/shared/import) and the import pipeline that runs
 * them (worker, progress, mapping step, duplicate choices). Every importer returns an
 * `ImportOutcome`; tabular files return their table for the mapping step, which turns it into
 * articles with `mapTable`.
 */

/**
 * An article found in an imported file. `text` is canonical (see `normaliseText`): plain text,
 * paragraphs separated by "\n\n", headline first, never HTML. `date` is ISO (`YYYY-MM-DD`, or
 * `YYYY-MM` / `YYYY` when only that is known). `url` is an http(s) URL when present.
 * `attributes` hold further metadata (a table's other columns; a news archive's section, length,
 * edition …) that is exported with the document.
 */
export type ImportedArticle = {
  title: string
  text: string
  outlet?: string
  author?: string
  date?: string
  url?: string
  section?: string
  byline?: string
  attributes?: Record<string, string>
}

/** The cells of a table file, all as strings: `rows` holds every data row (the header excluded). */
export type TabularData = {
  columns: string[]
  rows: string[][]
  format: 'csv' | 'tsv' | 'jsonl' | 'xlsx'
}

/**
 * What a file holds: articles (with the text encoding it was read in and non-fatal warnings), a
 * table that needs the mapping step, or one sentence naming the file and the problem. A failure
 * that is the app's fault rather than the file's (a parser bug, a library that did not load)
 * also carries `detail`, the error's stack, which the app logs for developers.
 */
export type ImportOutcome =
  | {
      ok: true
      kind: 'articles'
      articles: ImportedArticle[]
      encoding?: string
      warnings?: string[]
    }
  | { ok: true; kind: 'table'; table: TabularData }
  | { ok: false; error: string; detail?: string }

/**
 * Which column of a table holds what. `text` is required; the others are optional. Values are
 * column names as in `TabularData.columns`. Columns not named here become attributes.
 */
export type ColumnMapping = {
  text: string
  title?: string
  date?: string
  outlet?: string
  url?: string
  author?: string
}

/** A file as main hands it over: `bytes` is null when the file was too large to be read. */
export type ImportInput = { name: string; size: number; bytes: Uint8Array | null }

/**
 * Options of `parseFile`: `signal` (an `AbortSignal`; only `aborted` is read, because the pure
 * core has no DOM types) stops a long parse between steps (PDF pages, archive articles).
 */
export type ParseOptions = {
  signal?: { readonly aborted: boolean }
  /**
   * Loads pdf.js for PDF files. Default: the legacy build ('pdfjs-dist/legacy/build/pdf.mjs'),
   * which runs in Node on its own ("fake") worker. A browser caller returns a module whose
   * `GlobalWorkerOptions.workerPort` it has set (see `renderer/workers/loadBrowserPdfjs`):
   * without a worker pdf.js cannot start in a browser.
   */
  pdfjs?: () => Promise<PdfjsLike>
}
