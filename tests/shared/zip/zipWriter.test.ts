import { strToU8, unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import type { GzipFactory } from '../../../src/shared/zip/zipWriter'
import { createZipWriter, fflateGzip } from '../../../src/shared/zip/zipWriter'

// Central directory records (PK\1\2) hold each entry's CRC-32 at offset 16.
function centralCrcs(zip: Uint8Array): number[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
  const crcs: number[] = []
  for (let i = 0; i + 20 <= zip.length; i++) {
    if (view.getUint32(i, true) === 0x02014b50) crcs.push(view.getUint32(i + 16, true))
  }
  return crcs
}

// Hands the compressed bytes back one byte at a time, as a stream may split them anywhere.
const byteByByte =
  (inner: GzipFactory): GzipFactory =>
  () => {
    const gzip = inner()
    const split = (chunks: Uint8Array[]) =>
      chunks.flatMap((c) => [...c].map((b) => Uint8Array.of(b)))
    return {
      push: async (chunk) => split(await gzip.push(chunk)),
      finish: async () => split(await gzip.finish()),
    }
  }

const files = {
  'out/a.csv': 'h1,h2\r\n' + 'x,"y, z"\r\n'.repeat(5000),
  'out/b.csv': 'ünïcödé 👍🏽\r\n',
  'out/empty.csv': '',
}

describe('createZipWriter', () => {
  for (const [label, gzip] of [
    ['fflate gzip', fflateGzip()],
    ['output split into single bytes', byteByByte(fflateGzip(6))],
  ] as const) {
    it(`writes entries that unzip to what was written, with zip's CRC-32s (${label})`, async () => {
      const zip = createZipWriter(gzip)
      for (const [name, text] of Object.entries(files)) {
        const entry = zip.entry(name)
        const bytes = strToU8(text)
        for (let i = 0; i < bytes.length; i += 777) await entry.write(bytes.subarray(i, i + 777))
        await entry.close()
      }
      const bytes = zip.finish()
      const back = unzipSync(bytes)
      expect(Object.keys(back)).toEqual(Object.keys(files))
      for (const [name, text] of Object.entries(files)) {
        expect(new TextDecoder().decode(back[name])).toBe(text)
      }
      const reference = zipSync(
        Object.fromEntries(Object.entries(files).map(([n, t]) => [n, strToU8(t)])),
      )
      expect(centralCrcs(bytes)).toEqual(centralCrcs(reference))
    })
  }

  it('refuses to finish while an entry is still open', async () => {
    const zip = createZipWriter()
    await zip.entry('open.txt').write(strToU8('x'))
    expect(() => zip.finish()).toThrow(/not closed/)
  })
})
