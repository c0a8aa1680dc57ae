import { strToU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { createZipWriter } from '../../../src/shared/zip/zipWriter'
import { nativeGzip } from '../../../src/renderer/streams/nativeGzip'
import { subtleSha256 } from '../../../src/renderer/streams/subtleSha256'
import { sha256Hex } from '../../../src/shared/text/sha256Hex'

describe('native streams', () => {
  it('zips entries through CompressionStream gzip that unzip to what was written', async () => {
    const zip = createZipWriter(nativeGzip)
    const text = 'document_id,text\r\n' + 'd1,"Er sagte: „Nein“ 👍🏽"\r\n'.repeat(20_000)
    const entry = zip.entry('out/annotations.csv')
    const bytes = strToU8(text)
    for (let i = 0; i < bytes.length; i += 65_536) await entry.write(bytes.subarray(i, i + 65_536))
    await entry.close()
    const back = unzipSync(zip.finish())
    expect(new TextDecoder().decode(back['out/annotations.csv'])).toBe(text)
  })

  it('hashes with SubtleCrypto exactly as the JavaScript sha256 does', async () => {
    const bytes = strToU8('Headline\n\nThe minister said “we will act”.')
    expect(await subtleSha256(bytes)).toBe(sha256Hex(bytes))
  })
})
