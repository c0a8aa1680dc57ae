import chardet from 'chardet'
import { MAX_IMPORT_FILE_BYTES } from '../ipc/contract'
import { decodeWindows1252 } from './decodeWindows1252'
import { detectBinaryFormat } from './detectBinaryFormat'
import { sizeLimitMessage } from './formatMegabytes'

/** A file as main hands it over: `bytes` is null when the file was too large to be read. */
export type TextFileInput = { name: string; size: number; bytes: Uint8Array | null }

/**
 * The decoded text (byte-order mark removed) and the WHATWG name of its encoding, or a message.
 * `warnings` says what was repaired (an incomplete last character dropped).
 */
export type DecodeResult =
  { ok: true; text: string; encoding: string; warnings?: string[] } | { ok: false; error: string }

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
 * Share of the odd (or even) bytes that must be NUL for BOM-less bytes to be read as UTF-16 LE
 * (or BE): Latin-script text in UTF-16 has a NUL high byte in nearly every unit, while binary
 * data with NULs has them at both positions.
 */
const UTF16_NUL_SHARE = 0.9

/** 'utf-16le' / 'utf-16be' when BOM-less bytes have the NUL pattern of UTF-16 text, else null. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null
  let oddNul = 0
  let evenNul = 0
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) evenNul++
    if (bytes[i + 1] === 0) oddNul++
  }
  const units = bytes.length / 2
  if (oddNul >= units * UTF16_NUL_SHARE && evenNul < units * 0.1) return 'utf-16le'
  if (evenNul >= units * UTF16_NUL_SHARE && oddNul < units * 0.1) return 'utf-16be'
  return null
}

/**
 * Length of `bytes` without an incomplete UTF-8 sequence at its very end (a file cut mid-character),
 * or `bytes.length` when the end is complete.
 */
function completeUtf8Length(bytes: Uint8Array): number {
  // Walk back over at most 3 continuation bytes to the lead byte of the last sequence.
  let i = bytes.length - 1
  while (i > 0 && bytes.length - i < 4 && ((bytes[i] as number) & 0xc0) === 0x80) i--
  const lead = bytes[i] as number
  const needed = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1
  return bytes.length - i < needed ? i : bytes.length
}

/**
 * Points by which chardet must prefer another legacy encoding over Windows-1252 to be believed.
 * Its guesses between Western and Central European code pages are close on short texts
 * ("café" scores higher as Windows-1250), and Western exports are by far the commonest.
 */
const LEGACY_MARGIN = 20

/**
 * The legacy single-byte encoding of bytes that are not UTF-8: windows-1252 (which WHATWG also
 * uses for "ISO-8859-1"), unless chardet is `LEGACY_MARGIN` points surer of another encoding
 * that `TextDecoder` supports.
 */
function legacyEncoding(bytes: Uint8Array): string {
  const matches = chardet.analyse(bytes).filter((m) => !/^(utf|ucs)/i.test(m.name))
  const western = Math.max(
    0,
    ...matches.filter((m) => /^(windows-1252|ISO-8859-1)$/i.test(m.name)).map((m) => m.confidence),
  )
  const top = matches[0]
  if (top !== undefined && top.confidence - western >= LEGACY_MARGIN) {
    try {
      return new TextDecoder(top.name).encoding
    } catch {
      // An encoding name TextDecoder does not know: fall back to Windows-1252.
    }
  }
  return 'windows-1252'
}

/**
 * Decodes an imported text file, or says in one sentence, naming the file, why it cannot be
 * imported: over `maxBytes` (the limit named in MB), empty (a byte-order mark alone included), a
 * known binary format (PDF, zip/Word, image, gzip) or other binary data (NUL bytes, or more than
 * `MAX_CONTROL_SHARE` control characters), not valid text in its encoding, or only whitespace.
 *
 * The encoding: a UTF-8 or UTF-16 (LE/BE) byte-order mark decides it; else UTF-16 is recognised
 * by its pattern of NUL bytes (`UTF16_NUL_SHARE`); else valid UTF-8 is UTF-8 (a file cut in the
 * middle of its last character keeps everything before the cut, with a warning); else the bytes
 * are a legacy single-byte encoding (`legacyEncoding`: Windows-1252/Latin-1 unless chardet is
 * clearly surer of another).
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

  let encoding: string | null = bomEncoding(bytes)
  if (encoding === 'utf-8' && bytes.length === 3) {
    return { ok: false, error: `${name} is empty (it holds only a byte-order mark).` }
  }
  if (encoding === null) {
    const format = detectBinaryFormat(bytes)
    if (format !== null) return { ok: false, error: `${name} looks like ${format}, not text.` }
    encoding = utf16WithoutBom(bytes)
    if (encoding === null && bytes.includes(0)) {
      return { ok: false, error: `${name} looks like a binary file, not text.` }
    }
  }

  const warnings: string[] = []
  let text: string | null
  if (encoding !== null) {
    text = decodeStrict(bytes, encoding)
    if (text === null) {
      const label = encoding === 'utf-8' ? 'UTF-8' : 'UTF-16'
      return { ok: false, error: `${name} is not valid ${label} text.` }
    }
  } else {
    encoding = 'utf-8'
    text = decodeStrict(bytes, encoding)
    if (text === null) {
      const complete = completeUtf8Length(bytes)
      text = complete < bytes.length ? decodeStrict(bytes.subarray(0, complete), 'utf-8') : null
      if (text !== null) {
        warnings.push(
          `${name} ends in the middle of a character; that last character was left out.`,
        )
      } else {
        encoding = legacyEncoding(bytes)
        text =
          encoding === 'windows-1252'
            ? decodeWindows1252(bytes)
            : new TextDecoder(encoding).decode(bytes)
      }
    }
  }
  if (text.includes('\u0000') || controlShare(text) > MAX_CONTROL_SHARE) {
    return { ok: false, error: `${name} looks like a binary file, not text.` }
  }
  if (text.trim().length === 0) return { ok: false, error: `${name} has no text.` }
  return warnings.length > 0 ? { ok: true, text, encoding, warnings } : { ok: true, text, encoding }
}
