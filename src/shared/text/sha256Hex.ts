import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex } from '@noble/hashes/utils.js'

/**
 * Returns the SHA-256 digest of `data` as 64 lowercase hex digits. Strings are hashed as their
 * UTF-8 bytes, so the hash of a document text equals the hash of that text saved as a UTF-8 file
 * (and `sha256sum` on it). Annotations record it to know whether their offsets still hold.
 */
export function sha256Hex(data: string | Uint8Array): string {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data
  return bytesToHex(sha256(bytes))
}
