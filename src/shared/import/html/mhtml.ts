import { decodeWindows1252 } from '../../text/decodeWindows1252'

/** The HTML of an MHTML archive, or a message saying what is wrong with it. */
export type MhtmlResult = { ok: true; html: string } | { ok: false; error: string }

/** Splits a MIME entity into its headers (lower-case names) and its body. */
function splitEntity(entity: string): { headers: Map<string, string>; body: string } {
  const end = entity.search(/\r?\n\r?\n/)
  const head = end === -1 ? entity : entity.slice(0, end)
  const body = end === -1 ? '' : entity.slice(end).replace(/^\r?\n\r?\n/, '')
  const headers = new Map<string, string>()
  // Folded header lines continue with whitespace.
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':')
    if (colon > 0)
      headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim())
  }
  return { headers, body }
}

function parameter(header: string, key: string): string | null {
  const m = new RegExp(`${key}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(header)
  return m ? ((m[1] ?? m[2]) as string) : null
}

/** Bytes of a quoted-printable body (soft line breaks removed, =XX decoded). */
function quotedPrintable(body: string): Uint8Array {
  const text = body.replace(/=\r?\n/g, '')
  const bytes: number[] = []
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x3d && /^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3))) {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16))
      i += 2
    } else bytes.push(c & 0xff)
  }
  return Uint8Array.from(bytes)
}

/** Bytes of a base64 body; characters outside the alphabet (line breaks) are skipped. */
function base64(body: string): Uint8Array {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
  const bytes: number[] = []
  let buffer = 0
  let bits = 0
  for (const ch of body) {
    const v = alphabet.indexOf(ch)
    if (v === -1) continue
    buffer = (buffer << 6) | v
    bits += 6
    if (bits >= 8) {
      bits -= 8
      bytes.push((buffer >> bits) & 0xff)
    }
  }
  return Uint8Array.from(bytes)
}

function decodeCharset(bytes: Uint8Array, charset: string | null): string {
  const label = (charset ?? 'utf-8').toLowerCase()
  if (label === 'windows-1252' || label === 'iso-8859-1' || label === 'us-ascii') {
    return decodeWindows1252(bytes)
  }
  try {
    return new TextDecoder(label).decode(bytes)
  } catch {
    return new TextDecoder('utf-8').decode(bytes)
  }
}

/**
 * Returns the page of an MHTML (web archive, .mhtml/.mht) file: the first text/html part of its
 * multipart body, decoded from quoted-printable or base64 in the part's charset. The other parts
 * (images, styles, scripts) are never decoded.
 */
export function htmlFromMhtml(source: string): MhtmlResult {
  const { headers, body } = splitEntity(source)
  const type = headers.get('content-type') ?? ''
  const boundary = parameter(type, 'boundary')
  const parts = boundary === null ? [source] : body.split(`--${boundary}`).slice(1)
  for (const part of parts) {
    if (part.startsWith('--')) break
    const entity = splitEntity(part.replace(/^\r?\n/, ''))
    const partType = entity.headers.get('content-type') ?? (boundary === null ? type : '')
    if (!/^text\/html/i.test(partType)) continue
    const encoding = (entity.headers.get('content-transfer-encoding') ?? '').toLowerCase()
    const charset = parameter(partType, 'charset')
    if (encoding === 'quoted-printable') {
      return { ok: true, html: decodeCharset(quotedPrintable(entity.body), charset) }
    }
    if (encoding === 'base64')
      return { ok: true, html: decodeCharset(base64(entity.body), charset) }
    return { ok: true, html: entity.body }
  }
  return { ok: false, error: 'holds no web page (no text/html part)' }
}
