import { MAX_IMPORT_FILE_BYTES } from '../ipc/contract'
import { sizeLimitMessage } from '../text/formatMegabytes'
import { errorDetail } from './errorDetail'
import { parseHtmlFile, parseMhtmlFile } from './html/parseHtmlFile'
import { fileExtension } from './fileExtension'
import type { ImportInput, ImportOutcome, ParseOptions } from './importTypes'
import { markdownToText } from './markdownToText'
import { parseDocxFile } from './parseDocxFile'
import { parseTextFile } from './parseTextFile'
import type { PdfjsLike } from './pdf/parsePdfFile'
import { parsePdfFile } from './pdf/parsePdfFile'
import { parseCsvFile } from './table/parseCsvFile'
import { parseJsonlFile } from './table/parseJsonlFile'
import { parseXlsxFile } from './table/parseXlsxFile'

/** The message of an import stopped through `ParseOptions.signal`. */
export function cancelledMessage(name: string): string {
  return `Importing “${name}” was cancelled.`
}

/** Whether the caller has aborted (a function, so that TypeScript re-reads it after an await). */
export function isAborted(options: ParseOptions): boolean {
  return options.signal?.aborted === true
}

/** A format's parser: sync or async, never throwing for bad input (it returns the error). */
type Parser = (file: ImportInput, options: ParseOptions) => ImportOutcome | Promise<ImportOutcome>

/** Parsers by lower-case extension. */
const PARSERS: Record<string, Parser> = {
  '.txt': (file) => parseTextFile(file, null),
  '.text': (file) => parseTextFile(file, null),
  '.md': (file) => parseTextFile(file, markdownToText),
  '.markdown': (file) => parseTextFile(file, markdownToText),
  '.html': (file) => parseHtmlFile(file),
  '.htm': (file) => parseHtmlFile(file),
  '.mhtml': (file) => parseMhtmlFile(file),
  '.mht': (file) => parseMhtmlFile(file),
  '.docx': (file) => parseDocxFile(file),
  '.pdf': (file, options) => parsePdfFile(file, options.pdfjs ?? loadPdfjs, options),
  '.csv': (file) => parseCsvFile(file, 'csv'),
  '.tsv': (file) => parseCsvFile(file, 'tsv'),
  '.jsonl': (file) => parseJsonlFile(file),
  '.ndjson': (file) => parseJsonlFile(file),
  '.xlsx': (file) => parseXlsxFile(file),
}

/** pdf.js's legacy build, loaded on first use (it is large and only PDFs need it): for Node. */
async function loadPdfjs(): Promise<PdfjsLike> {
  return (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfjsLike
}

/** The extensions `parseFile` imports, with their dots, in lower case. */
export const SUPPORTED_EXTENSIONS: readonly string[] = Object.keys(PARSERS)

/**
 * Parses one file into articles, or into a table for the mapping step, by its extension (and,
 * for text and Word files, by its content: a LexisNexis export is split into its articles).
 * Never throws: every problem becomes `{ ok: false, error }`, one sentence naming the file (an
 * unsupported type, over `MAX_IMPORT_FILE_BYTES`, empty, damaged …); an exception inside a
 * parser (a bug, not the file) also gives its stack as `detail`. Async because PDF and Word
 * parsing are; `options.signal` stops it between steps with `cancelledMessage`.
 */
export async function parseFile(
  file: ImportInput,
  options: ParseOptions = {},
): Promise<ImportOutcome> {
  if (isAborted(options)) return { ok: false, error: cancelledMessage(file.name) }
  const parser = PARSERS[fileExtension(file.name)]
  if (parser === undefined) {
    return {
      ok: false,
      error: `“${file.name}” is not a supported file type. Supported: ${SUPPORTED_EXTENSIONS.join(', ')}.`,
    }
  }
  const size = Math.max(file.size, file.bytes?.length ?? 0)
  if (size > MAX_IMPORT_FILE_BYTES) {
    return { ok: false, error: sizeLimitMessage(`“${file.name}”`, size, MAX_IMPORT_FILE_BYTES) }
  }
  try {
    const outcome = await parser(file, options)
    if (isAborted(options)) return { ok: false, error: cancelledMessage(file.name) }
    return outcome
  } catch (error) {
    // A parser bug or a library failure on odd input: still one clear message for this file.
    const reason = error instanceof Error ? error.message : String(error)
    return {
      ok: false,
      error: `“${file.name}” could not be imported: ${reason}`,
      detail: errorDetail(error),
    }
  }
}
