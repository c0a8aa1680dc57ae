import { MAX_IMPORT_FILE_BYTES } from '../ipc/contract'
import { detectBinaryFormat } from './detectBinaryFormat'
import { sizeLimitMessage } from './formatMegabytes'

/** A file as main hands it over: `bytes` is null when the file was too large to be read. */
export type TextFileInput = { name: string; size: number; bytes: Uint8Array | null }

/** The decoded text (byte-order mark removed) and the WHATWG name of its encoding, or a message. */
export type DecodeResult =
  { ok: true; text: string; encoding: string } | { ok: false; error: string }

/**
 * Share of control characters (other than tab, line breaks and form feed) above which decoded
 * text is taken for binary data. Text files from old exports carry a stray form feed or escape
 * code; binary data that happens to be valid UTF-8 is dense with them.
 */
export const MAX_CONTROL_SHARE = 0.05

/** The byte-order mark at the start of `bytes`, if any, as the encoding it announces. */
function bomEncoding(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8'
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return null
}

/** Decodes strictly: null when the bytes are not valid in `encoding`. */
function decodeStrict(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes)
  } catch {
    return null
  }
}

function controlShare(text: string): number {
  if (text.length === 0) return 0
  // eslint-disable-next-line no-control-regex -- counting control characters is the point
  const controls = text.match(/[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g)
  return (controls?.length ?? 0) / text.length
}

/**
 * Decodes an imported text file, or says in one sentence, naming the file, why it cannot be
 * imported: over `maxBytes` (the limit named in MB), empty, a known binary format (PDF, zip/Word,
 * image) or other binary data (NUL bytes, or more than `MAX_CONTROL_SHARE` control characters),
 * not valid text in its encoding, or only whitespace.
 *
 * A UTF-8 or UTF-16 (LE/BE) byte-order mark decides the encoding; otherwise the bytes must be
 * valid UTF-8. Invalid UTF-8 is refused for now: a legacy-encoding detector (Windows-1252) is to
 * slot in where `decodeStrict(bytes, 'utf-8')` fails, as one more attempt before the refusal.
 */
export function decodeTextFile(
  input: TextFileInput,
  maxBytes: number = MAX_IMPORT_FILE_BYTES,
): DecodeResult {
  const name = `“${input.name}”`
  const size = Math.max(input.size, input.bytes?.length ?? 0)
  if (size > maxBytes) {
    return { ok: false, error: sizeLimitMessage(name, size, maxBytes) }
  }
  const bytes = input.bytes
  if (bytes === null) return { ok: false, error: `${name} could not be read.` }
  if (bytes.length === 0) return { ok: false, error: `${name} is empty.` }

  const bom = bomEncoding(bytes)
  if (bom === null) {
    const format = detectBinaryFormat(bytes)
    if (format !== null) return { ok: false, error: `${name} looks like ${format}, not text.` }
    // UTF-16 without a byte-order mark is not guessed: its NUL bytes mark it as binary here.
    if (bytes.includes(0))
      return { ok: false, error: `${name} looks like a binary file, not text.` }
  }

  const encoding = bom ?? 'utf-8'
  const text = decodeStrict(bytes, encoding)
  if (text === null) {
    const label = encoding === 'utf-8' ? 'UTF-8' : 'UTF-16'
    return { ok: false, error: `${name} is not valid ${label} text.` }
  }
  if (text.includes('\u0000') || controlShare(text) > MAX_CONTROL_SHARE) {
    return { ok: false, error: `${name} looks like a binary file, not text.` }
  }
  if (text.trim().length === 0) return { ok: false, error: `${name} has no text.` }
  return { ok: true, text, encoding }
}
