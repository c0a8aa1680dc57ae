import { MAX_IMPORT_FILE_BYTES } from '../ipc/contract'
import { decodeTextFile } from '../text/decodeTextFile'
import { normaliseText } from '../text/normaliseText'
import { titleFromText } from '../text/titleFromText'
import { fileStem } from './fileStem'
import type { Importer } from './importers'

/**
 * Imports a plain-text file as one article: decoded by `decodeTextFile` (UTF-8, or UTF-16 with a
 * BOM; size limit `MAX_IMPORT_FILE_BYTES`), normalised by `normaliseText`. The title is the first
 * paragraph when it is short enough (`titleFromText`), else the file name without extension; the
 * canonical text keeps the headline as its first paragraph either way.
 */
export const textImporter: Importer = {
  id: 'text',
  label: 'Plain text',
  extensions: ['.txt'],
  parse(file) {
    const decoded = decodeTextFile(file, MAX_IMPORT_FILE_BYTES)
    if (!decoded.ok) return decoded
    const text = normaliseText(decoded.text)
    if (text.length === 0) return { ok: false, error: `“${file.name}” has no text.` }
    return {
      ok: true,
      articles: [{ title: titleFromText(text, fileStem(file.name)), text }],
      encoding: decoded.encoding,
    }
  },
}
