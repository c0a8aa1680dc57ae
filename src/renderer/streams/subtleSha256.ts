import type { Sha256 } from '../../shared/backup/streamArchive'

/**
 * SHA-256 through SubtleCrypto (native in Chromium and Node 20, far faster than the JavaScript
 * digest on the tens of megabytes of a large backup), as lowercase hex.
 */
export const subtleSha256: Sha256 = async (bytes) => {
  const digest = new Uint8Array(
    await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>),
  )
  let hex = ''
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0')
  return hex
}
