import type { PickedFile } from '../ipc/contract'
import { textImporter } from './textImporter'

import type { ImportedArticle } from './importTypes'

export type { ImportedArticle } from './importTypes'

/** The articles a file holds (with the encoding it was read in), or a message naming the problem. */
export type ImportOutcome =
  { ok: true; articles: ImportedArticle[]; encoding?: string } | { ok: false; error: string }

/** A file format the app imports: a pure parser from a picked file's bytes to articles. */
export type Importer = {
  id: string
  label: string
  /** Lower-case extensions with the dot, e.g. ".txt". */
  extensions: string[]
  parse(file: PickedFile): ImportOutcome
}

/** The importers in the order they are tried; later formats (HTML, LexisNexis, CSV) are added here. */
export const IMPORTERS: readonly Importer[] = [textImporter]

/** Lower-case extension of a file name with its dot (".txt"), or '' when it has none. */
export function fileExtension(fileName: string): string {
  const dot = fileName.lastIndexOf('.')
  return dot > 0 ? fileName.slice(dot).toLowerCase() : ''
}

/** Returns the importer for a file name by its extension (case-insensitive), or null. */
export function findImporter(fileName: string): Importer | null {
  const extension = fileExtension(fileName)
  return IMPORTERS.find((i) => i.extensions.includes(extension)) ?? null
}

/**
 * Imports one picked file with the importer for its extension. A file of any other type gets a
 * message naming the supported extensions, so the user knows what to convert it to.
 */
export function importFile(file: PickedFile): ImportOutcome {
  const importer = findImporter(file.name)
  if (importer !== null) return importer.parse(file)
  const supported = IMPORTERS.flatMap((i) => i.extensions).join(', ')
  return {
    ok: false,
    error: `“${file.name}” is not a supported file type. Supported: ${supported}.`,
  }
}
