import { describe, expect, it } from 'vitest'
import { MAX_IMPORT_FILE_BYTES } from '../../../src/shared/ipc/contract'
import { decodeTextFile } from '../../../src/shared/text/decodeTextFile'

const file = (bytes: Uint8Array | number[], name = 'x.txt') => {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)
  return { name, size: data.length, bytes: data }
}
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s)
const utf16le = (s: string): Uint8Array => {
  const out = new Uint8Array(2 + s.length * 2)
  out.set([0xff, 0xfe])
  for (let i = 0; i < s.length; i += 1) {
    out[2 + 2 * i] = s.charCodeAt(i) & 0xff
    out[3 + 2 * i] = s.charCodeAt(i) >> 8
  }
  return out
}
const errorOf = (result: ReturnType<typeof decodeTextFile>): string =>
  result.ok ? 'no error' : result.error

describe('decodeTextFile', () => {
  it('decodes UTF-8 text and names the encoding', () => {
    expect(decodeTextFile(file(utf8('Grüße — “quoted”')))).toEqual({
      ok: true,
      text: 'Grüße — “quoted”',
      encoding: 'utf-8',
    })
  })

  it('removes a UTF-8 byte-order mark', () => {
    const result = decodeTextFile(file([0xef, 0xbb, 0xbf, ...utf8('Headline')]))
    expect(result).toEqual({ ok: true, text: 'Headline', encoding: 'utf-8' })
  })

  it('decodes UTF-16 LE with a byte-order mark, surrogate pairs included', () => {
    const result = decodeTextFile(file(utf16le('Nice 👍🏽 — 𠀋')))
    expect(result).toEqual({ ok: true, text: 'Nice 👍🏽 — 𠀋', encoding: 'utf-16le' })
  })

  it('decodes UTF-16 BE with a byte-order mark', () => {
    const le = utf16le('Héllo')
    const be = new Uint8Array(le.length)
    for (let i = 0; i < le.length; i += 2) be.set([le[i + 1] as number, le[i] as number], i)
    expect(decodeTextFile(file(be))).toEqual({ ok: true, text: 'Héllo', encoding: 'utf-16be' })
  })

  it('refuses a file over the limit and names the limit in MB', () => {
    const size = Math.round(25.3 * 1024 * 1024)
    const result = decodeTextFile({ name: 'x.txt', size, bytes: null }, 20 * 1024 * 1024)
    expect(errorOf(result)).toBe('“x.txt” is 25.3 MB; the limit is 20 MB.')
  })

  it('uses MAX_IMPORT_FILE_BYTES as the default limit and never shows a size equal to it', () => {
    const result = decodeTextFile({ name: 'big.txt', size: MAX_IMPORT_FILE_BYTES + 1, bytes: null })
    expect(errorOf(result)).toBe('“big.txt” is just over 20 MB; the limit is 20 MB.')
  })

  it('refuses an empty file', () => {
    expect(errorOf(decodeTextFile(file([])))).toBe('“x.txt” is empty.')
  })

  it('refuses a file with NUL bytes as binary', () => {
    expect(errorOf(decodeTextFile(file([0x41, 0x00, 0x42, 0x43])))).toBe(
      '“x.txt” looks like a binary file, not text.',
    )
  })

  it('refuses valid UTF-8 that is mostly control characters as binary', () => {
    const bytes = [...utf8('abc'), 0x01, 0x02, 0x03, 0x1b, ...utf8('defghijkl')]
    expect(errorOf(decodeTextFile(file(bytes)))).toContain('looks like a binary file')
  })

  it('says a PDF is a PDF', () => {
    expect(errorOf(decodeTextFile(file(utf8('%PDF-1.7\n%âãÏÓ'), 'article.txt')))).toBe(
      '“article.txt” looks like a PDF file, not text.',
    )
  })

  it('says a zip or Word file and an image are not text', () => {
    expect(errorOf(decodeTextFile(file([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00])))).toContain(
      'looks like a zip file',
    )
    expect(errorOf(decodeTextFile(file([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a])))).toContain(
      'looks like an image file',
    )
    expect(errorOf(decodeTextFile(file([0xff, 0xd8, 0xff, 0xe0])))).toContain('an image file')
    expect(errorOf(decodeTextFile(file(utf8('GIF89a....'))))).toContain('an image file')
  })

  it('reads bytes that are not valid UTF-8 as a legacy Western encoding', () => {
    // "Le café «noir» coûte 3 €" in Windows-1252: 0xE9 alone is not UTF-8.
    const cp1252 = [
      0x4c, 0x65, 0x20, 0x63, 0x61, 0x66, 0xe9, 0x20, 0xab, 0x6e, 0x6f, 0x69, 0x72, 0xbb, 0x20,
      0x63, 0x6f, 0xfb, 0x74, 0x65, 0x20, 0x33, 0x20, 0x80,
    ]
    const result = decodeTextFile(file(cp1252))
    expect(result).toMatchObject({ ok: true, text: 'Le café «noir» coûte 3 €' })
  })

  it('keeps UTF-8 cut in the middle of its last character, without that character', () => {
    const bytes = [...utf8('Gdańsk ł'), ...utf8('€').slice(0, 2)]
    expect(decodeTextFile(file(bytes))).toMatchObject({
      ok: true,
      text: 'Gdańsk ł',
      encoding: 'utf-8',
      warnings: ['“x.txt” ends in the middle of a character; that last character was left out.'],
    })
  })

  it('recognises UTF-16 without a byte-order mark by its NUL bytes', () => {
    const le = [...'Zürich news'].flatMap((c) => [c.charCodeAt(0), 0])
    expect(decodeTextFile(file(le))).toEqual({
      ok: true,
      text: 'Zürich news',
      encoding: 'utf-16le',
    })
    const be = [...'Zürich news'].flatMap((c) => [0, c.charCodeAt(0)])
    expect(decodeTextFile(file(be))).toEqual({
      ok: true,
      text: 'Zürich news',
      encoding: 'utf-16be',
    })
  })

  it('says a file holding only a byte-order mark is empty', () => {
    expect(errorOf(decodeTextFile(file([0xef, 0xbb, 0xbf])))).toBe(
      '“x.txt” is empty (it holds only a byte-order mark).',
    )
  })

  it('refuses UTF-16 with an odd number of bytes', () => {
    expect(errorOf(decodeTextFile(file([0xff, 0xfe, 0x41, 0x00, 0x42])))).toBe(
      '“x.txt” is not valid UTF-16 text.',
    )
  })

  it('refuses a file of only whitespace', () => {
    expect(errorOf(decodeTextFile(file(utf8(' \r\n\t\u00a0\n'))))).toBe('“x.txt” has no text.')
  })

  it('refuses a file that was not read although it is under the limit', () => {
    expect(errorOf(decodeTextFile({ name: 'x.txt', size: 10, bytes: null }))).toBe(
      '“x.txt” could not be read.',
    )
  })
})
