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

/** The package's JSON text, or a message saying why the bytes hold none. */
function readJson(bytes: Uint8Array): { json: string } | { error: string } {
  if (!isZip(bytes)) {
    try {
      return { json: new TextDecoder('utf-8', { fatal: true }).decode(bytes) }
    } catch {
      return { error: 'This is not a Newscoder coder package (the file is neither ZIP nor text).' }
    }
  }
  let entries: Record<string, Uint8Array>
  try {
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
 * returns the package or a message naming the first problem — a damaged archive, a ZIP without
 * package.json, another format version, the first invalid field.
 */
export function decodeCoderPackage(bytes: Uint8Array): DecodeResult {
  const read = readJson(bytes)
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
