import { strFromU8, unzipSync } from 'fflate'
import { sha256Hex } from '../text/sha256Hex'
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

function readJson(bytes: Uint8Array): string {
  if (!isZip(bytes)) return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  const entries = unzipSync(bytes, { filter: (f) => f.name.endsWith('.json') })
  const entry = entries[PACKAGE_ENTRY] ?? Object.values(entries)[0]
  if (entry === undefined) throw new Error('The archive holds no package.json.')
  return strFromU8(entry)
}

/**
 * Reads a coder package from a file's bytes: a ZIP archive (detected by its "PK" signature; the
 * entry `package.json`, else its first .json entry) or plain UTF-8 JSON; then validates it with
 * `coderPackageSchema` and checks that every text a skeleton carries hashes to its `textHash` and
 * has its `length`, and that every annotation and article coding refers to a listed document.
 * Never throws: returns the package or a message naming the first problem.
 */
export function decodeCoderPackage(bytes: Uint8Array): DecodeResult {
  let raw: unknown
  try {
    raw = JSON.parse(readJson(bytes))
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
  const pkg = parsed.data
  const documentIds = new Set<string>()
  for (const doc of pkg.documents) {
    documentIds.add(doc.id)
    if (doc.text === undefined) continue
    if (doc.text.length !== doc.length || sha256Hex(doc.text) !== doc.textHash) {
      return { ok: false, error: `The text of “${doc.title}” does not match its hash.` }
    }
  }
  const stray = [...pkg.annotations, ...pkg.articleCodings].find(
    (a) => !documentIds.has(a.documentId),
  )
  if (stray)
    return {
      ok: false,
      error: `The package codes a document it does not list (${stray.documentId}).`,
    }
  return { ok: true, pkg }
}
