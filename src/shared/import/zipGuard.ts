import { unzipSync } from 'fflate'
import { formatMegabytes } from '../text/formatMegabytes'

/**
 * Most bytes the parts of a zip-based file (.docx, .xlsx) may expand to, as declared in its
 * central directory. A Word article expands to well under 10 MB; 200 MB leaves room for
 * embedded images while a zip bomb (1 GB from 1 MB) is refused before anything is inflated.
 */
export const MAX_UNZIPPED_BYTES = 200 * 1024 * 1024

/** Most entries a zip-based file may hold. */
const MAX_ENTRIES = 10_000

/** The parts a caller asked for, inflated in memory (never written anywhere), or a message. */
export type ZipResult =
  { ok: true; parts: Record<string, Uint8Array> } | { ok: false; error: string }

/**
 * Checks a zip-based file before any library unpacks it: it must have a readable central
 * directory (a truncated file has none), at most 10,000 entries, and entries whose declared
 * sizes add up to at most `MAX_UNZIPPED_BYTES`. Then inflates only the entries named in `wanted`
 * (in memory; entry names such as "../../x" are never used as paths) so that the caller can
 * inspect them. `kind` names the file type in messages ("Word file").
 */
export function inspectZip(
  name: string,
  bytes: Uint8Array,
  kind: string,
  wanted: readonly string[],
): ZipResult {
  let total = 0
  let entries = 0
  let tooLarge = false
  let parts: Record<string, Uint8Array>
  try {
    // The filter sees every entry's declared size first; nothing is inflated if the sum is over.
    unzipSync(bytes, {
      filter(file) {
        entries++
        total += file.originalSize
        if (total > MAX_UNZIPPED_BYTES || entries > MAX_ENTRIES) tooLarge = true
        return false
      },
    })
    if (tooLarge) {
      return {
        ok: false,
        error: `“${name}” is a ${kind} that expands beyond the limit of ${formatMegabytes(MAX_UNZIPPED_BYTES)} MB.`,
      }
    }
    parts = unzipSync(bytes, { filter: (file) => wanted.includes(file.name) })
  } catch {
    return { ok: false, error: `“${name}” is damaged or incomplete: it is not a valid ${kind}.` }
  }
  return { ok: true, parts }
}

/**
 * Whether an XML part declares a DTD or entities. Office files never do; a declaration is how
 * entity-expansion bombs and external-entity (XXE) reads are built, so such a file is refused
 * rather than handed to an XML parser.
 */
export function declaresDtd(xml: Uint8Array): boolean {
  const head = new TextDecoder().decode(xml.subarray(0, 65536))
  return /<!DOCTYPE|<!ENTITY/i.test(head)
}
