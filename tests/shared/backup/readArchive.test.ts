import { strToU8, unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { MAX_ENTRY_BYTES } from '../../../src/shared/backup/backupFormat'
import { readArchive } from '../../../src/shared/backup/readArchive'
import { writeArchive } from '../../../src/shared/backup/writeArchive'
import { backupRows } from './backupFixture'

const info = {
  kind: 'project',
  appVersion: '0.1.0',
  schemaVersion: 2,
  seq: 0,
  createdAt: 5,
} as const

describe('readArchive', () => {
  it('reads back what writeArchive wrote, with counts in the manifest', () => {
    const { manifest, rows } = readArchive(writeArchive(backupRows(), info), 2)
    expect(rows).toEqual(backupRows())
    expect(manifest).toMatchObject({ kind: 'project', counts: { annotations: 1, documents: 1 } })
  })

  it('refuses a zip bomb by its declared size, before decompressing it', () => {
    // A megabyte of zeros, its recorded uncompressed size raised past the limit (as a bomb's is):
    // the local header keeps it at offset 22, the central directory entry at offset 24.
    const bomb = zipSync({ 'annotations.json': new Uint8Array(1_000_000) }, { level: 9 })
    const view = new DataView(bomb.buffer, bomb.byteOffset, bomb.byteLength)
    const central = bomb.findIndex(
      (_b, i) => view.getUint32(i, true) === 0x02014b50 && i + 4 <= bomb.length,
    )
    view.setUint32(22, MAX_ENTRY_BYTES + 1, true)
    view.setUint32(central + 24, MAX_ENTRY_BYTES + 1, true)
    expect(() => readArchive(bomb, 2)).toThrow(/more than the allowed size/)
  })

  it('refuses an entry that unpacks to more than it declares', () => {
    const bytes = writeArchive(backupRows(), info)
    const files = unzipSync(bytes)
    files['annotations.json'] = new Uint8Array(2_000_000).fill(32)
    const lying = zipSync(files, { level: 9 })
    const view = new DataView(lying.buffer, lying.byteOffset, lying.byteLength)
    for (let i = 0; i + 4 <= lying.length; i += 1) {
      if (view.getUint32(i, true) === 0x02014b50 && view.getUint32(i + 24, true) === 2_000_000) {
        view.setUint32(i + 24, 10, true)
      }
    }
    expect(() => readArchive(lying, 2)).toThrow(/damaged/)
  })

  it('refuses a backup from a newer Newscoder, naming its version', () => {
    const newer = writeArchive(backupRows(), { ...info, appVersion: '9.0.0', schemaVersion: 7 })
    expect(() => readArchive(newer, 2)).toThrow(/newer Newscoder \(9\.0\.0, data version 7\)/)
  })

  it('refuses a zip whose manifest belongs to another program', () => {
    const foreign = zipSync({ 'manifest.json': strToU8('{"format":"other"}') })
    expect(() => readArchive(foreign, 2)).toThrow(/manifest is from another program/)
  })

  it('refuses an archive with a table missing', () => {
    const bytes = writeArchive(backupRows(), info)
    const files = unzipSync(bytes)
    delete files['texts.json']
    expect(() => readArchive(zipSync(files), 2)).toThrow(/texts.json is missing/)
  })
})
