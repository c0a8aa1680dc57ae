import { strFromU8, unzipSync } from 'fflate'
import { checkPackageContents } from './checkPackageContents'
import type { CoderPackage } from './coderPackageSchema'
import {
  CODER_PACKAGE_FORMAT,
  CODER_PACKAGE_VERSION,
  coderPackageSchema,
} from './coderPackageSchema'
import { PACKAGE_ENTRY } from './encodeCoderPackage'

/** A decoded package, or why the file is not one. */
export type DecodeResult = { ok: true; pkg: CoderPackage } | { ok: false; error: string }

const isZip = (bytes: Uint8Array): boolean => bytes[0] === 0x50 && bytes[1] === 0x4b

/**
 * Most bytes a package's entries may declare when unpacked. A skeleton of 20,000 articles is
 * about 100 MB of JSON; a zip bomb (gigabytes from a small file) is refused before inflating.
 */
export const MAX_PACKAGE_UNZIPPED_BYTES = 512 * 1024 * 1024

/** Sum of the sizes the archive's .json entries declare, read from its directory only. */
function declaredJsonBytes(bytes: Uint8Array): number {
  let total = 0
  unzipSync(bytes, {
    filter: (f) => {
      if (f.name.endsWith('.json')) total += f.originalSize
      return false
    },
  })
  return total
}

/** The package's JSON text, or a message saying why the bytes hold none. */
function readJson(bytes: Uint8Array, maxBytes: number): { json: string } | { error: string } {
  if (!isZip(bytes)) {
    try {
      return { json: new TextDecoder('utf-8', { fatal: true }).decode(bytes) }
    } catch {
      return { error: 'This is not a Newscoder coder package (the file is neither ZIP nor text).' }
    }
  }
  let entries: Record<string, Uint8Array>
  try {
    if (declaredJsonBytes(bytes) > maxBytes) {
      const mb = Math.round(maxBytes / 1024 / 1024)
      return { error: `The package archive expands beyond the limit of ${mb} MB; it was not read.` }
    }
    entries = unzipSync(bytes, { filter: (f) => f.name.endsWith('.json') })
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return { error: `The package archive is damaged or incomplete (${reason}).` }
  }
  const entry = entries[PACKAGE_ENTRY] ?? Object.values(entries)[0]
  if (entry === undefined) {
    return { error: 'This ZIP archive is not a Newscoder coder package: it holds no package.json.' }
  }
  return { json: strFromU8(entry) }
}

/**
 * Reads a coder package from a file's bytes: a ZIP archive (detected by its "PK" signature; the
 * entry `package.json`, else its first .json entry) or plain UTF-8 JSON; then validates it with
 * `coderPackageSchema` (the domain schemas of its codebook, documents, annotations, codings and
 * speakers) and `checkPackageContents` (hashes, references, a skeleton's texts). Never throws:
 * returns the package or a message naming the first problem — an archive expanding beyond
 * `maxBytes` (checked on the sizes it declares, before inflating), a damaged archive, a ZIP without
 * package.json, another format version, the first invalid field.
 */
export function decodeCoderPackage(
  bytes: Uint8Array,
  maxBytes: number = MAX_PACKAGE_UNZIPPED_BYTES,
): DecodeResult {
  const read = readJson(bytes, maxBytes)
  if ('error' in read) return { ok: false, error: read.error }
  let raw: unknown
  try {
    raw = JSON.parse(read.json)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return { ok: false, error: `This is not a Newscoder coder package (${reason}).` }
  }
  if (
    typeof raw !== 'object' ||
    raw === null ||
    (raw as { format?: unknown }).format !== CODER_PACKAGE_FORMAT
  ) {
    return { ok: false, error: 'This is not a Newscoder coder package.' }
  }
  const version = (raw as { formatVersion?: unknown }).formatVersion
  if (version !== CODER_PACKAGE_VERSION) {
    return {
      ok: false,
      error: `This package has format version ${String(version)}; this Newscoder reads version ${CODER_PACKAGE_VERSION}.`,
    }
  }
  const parsed = coderPackageSchema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue?.path.join('.') ?? ''
    return {
      ok: false,
      error: `The package is damaged: ${where ? `${where}: ` : ''}${issue?.message ?? 'invalid'}.`,
    }
  }
  const problem = checkPackageContents(parsed.data)
  if (problem !== null) return { ok: false, error: problem }
  return { ok: true, pkg: parsed.data }
}
