import { fileExtension } from './importers'
import type { ImportInput, ImportOutcome, ParseOptions } from './importTypes'
import { textImporter } from './textImporter'

/** The message of an import stopped through `ParseOptions.signal`. */
export function cancelledMessage(name: string): string {
  return `Importing “${name}” was cancelled.`
}

/**
 * Parses one file into articles, or into a table for the mapping step, by its extension (and,
 * for text and Word files, by its content: a news-archive export is split into its articles).
 * Never throws: every problem becomes `{ ok: false, error }` naming the file. Async because PDF
 * and Word parsing are; `options.signal` stops it between steps.
 */
export async function parseFile(
  file: ImportInput,
  options: ParseOptions = {},
): Promise<ImportOutcome> {
  if (options.signal?.aborted === true) return { ok: false, error: cancelledMessage(file.name) }
  const extension = fileExtension(file.name)
  if (extension === '.txt') {
    const outcome = textImporter.parse(file)
    return outcome.ok ? { ...outcome, kind: 'articles' } : outcome
  }
  return {
    ok: false,
    error: `“${file.name}” is not a supported file type. Supported: .txt.`,
  }
}
