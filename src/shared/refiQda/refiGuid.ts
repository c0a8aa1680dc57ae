import { sha1 } from '@noble/hashes/legacy.js'
import { bytesToHex, hexToBytes, utf8ToBytes } from '@noble/hashes/utils.js'

/**
 * Newscoder's own UUID namespace (a random v4 UUID fixed once, never to change): every GUID it
 * writes into REFI-QDA files is a name-based UUID in this namespace.
 */
export const NEWSCODER_NAMESPACE = '6f1f7c52-8d0e-4b7a-9a43-3c2b9d4e5a17'

const NAMESPACE_BYTES = hexToBytes(NEWSCODER_NAMESPACE.replace(/-/g, ''))

/**
 * Returns a version 5 (SHA-1, name-based) UUID, RFC 9562 §5.5, for `kind` and `id`: the same
 * record always gets the same GUID, so a project exported twice keeps its GUIDs and another QDA
 * tool can tell an updated export from a new project. `kind` ("code", "value", "source", "user"…)
 * keeps ids of different tables apart even when they are equal strings.
 */
export function refiGuid(kind: string, id: string): string {
  const name = utf8ToBytes(`${kind}:${id}`)
  const input = new Uint8Array(NAMESPACE_BYTES.length + name.length)
  input.set(NAMESPACE_BYTES, 0)
  input.set(name, NAMESPACE_BYTES.length)
  const bytes = sha1(input).slice(0, 16)
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x50
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80
  const hex = bytesToHex(bytes)
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/**
 * Returns a REFI-QDA GUID in one canonical form (lower case, no braces), since the standard allows
 * both "{…}" and bare GUIDs in either case and references must match whatever form was used.
 */
export function normaliseGuid(guid: string): string {
  return guid
    .trim()
    .replace(/^\{|\}$/g, '')
    .toLowerCase()
}
