/** Leading bytes ("magic numbers") of binary formats that users commonly pick by mistake. */
const SIGNATURES: { bytes: readonly number[]; format: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], format: 'a PDF file' }, // %PDF-
  { bytes: [0x50, 0x4b, 0x03, 0x04], format: 'a zip file (such as a Word document)' }, // PK
  { bytes: [0x50, 0x4b, 0x05, 0x06], format: 'a zip file (such as a Word document)' }, // empty zip
  { bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], format: 'an old Word or Excel file' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], format: 'an image file' }, // PNG
  { bytes: [0xff, 0xd8, 0xff], format: 'an image file' }, // JPEG
  { bytes: [0x47, 0x49, 0x46, 0x38], format: 'an image file' }, // GIF8
  { bytes: [0x1f, 0x8b], format: 'a compressed (gzip) file' },
]

/**
 * Returns a phrase naming the binary format whose signature `bytes` starts with ("a PDF file",
 * "an image file"…), or null when none matches. Used to tell users what they picked instead of
 * a bare "not text".
 */
export function detectBinaryFormat(bytes: Uint8Array): string | null {
  for (const { bytes: signature, format } of SIGNATURES) {
    if (signature.length <= bytes.length && signature.every((b, i) => bytes[i] === b)) return format
  }
  return null
}
