import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import type { BackupRows, BackupTable } from '../../../src/shared/backup/backupFormat'
import { BACKUP_TABLES } from '../../../src/shared/backup/backupFormat'
import { parseProjectBackup } from '../../../src/shared/backup/parseProjectBackup'
import { readArchive, readArchiveHashedBy } from '../../../src/shared/backup/readArchive'
import { streamArchive } from '../../../src/shared/backup/streamArchive'
import { writeArchive } from '../../../src/shared/backup/writeArchive'
import { backupRows } from './backupFixture'

const info = {
  kind: 'project',
  appVersion: '0.1.0',
  schemaVersion: 2,
  seq: 0,
  createdAt: 5,
} as const

// The fixture with a second annotation (deleted: backups keep the trash), yielded one row at a time.
function rows(): BackupRows {
  const base = backupRows()
  const first = base.annotations?.[0] as Record<string, unknown>
  return { ...base, annotations: [first, { ...first, id: 'a2', deletedAt: 9 }] }
}
const oneByOne = (all: BackupRows) =>
  function* (table: BackupTable) {
    yield []
    for (const row of all[table] ?? []) yield [row]
  }

describe('streamArchive', () => {
  it('writes an archive that readArchive reads back row for row and that restores', async () => {
    const bytes = await streamArchive(oneByOne(rows()), info)
    const archive = readArchive(bytes, 2)
    const expected = Object.fromEntries(BACKUP_TABLES.map((t) => [t, rows()[t] ?? []]))
    expect(archive.rows).toEqual(expected)
    expect(archive.manifest).toMatchObject({ formatVersion: 2, counts: { annotations: 2 } })
    expect(archive.manifest.parts['annotations.json']).toHaveLength(2)
    const backup = parseProjectBackup(archive.rows)
    expect(backup.project.id).toBe('p1')
    expect(backup.annotations.map((a) => a.id)).toEqual([expect.any(String), 'a2'])
  })

  it('holds the same JSON text per table as the archive written at once', async () => {
    const streamed = unzipSync(await streamArchive(oneByOne(rows()), info))
    const whole = unzipSync(writeArchive(rows(), info))
    for (const table of BACKUP_TABLES) {
      expect(strFromU8(streamed[`${table}.json`] as Uint8Array)).toBe(
        strFromU8(whole[`${table}.json`] as Uint8Array),
      )
    }
  })

  it('uses the hasher it is given for every part', async () => {
    const seen: number[] = []
    const bytes = await streamArchive(oneByOne(rows()), info, {
      sha256: async (part) => {
        seen.push(part.length)
        const digest = await crypto.subtle.digest('SHA-256', part as Uint8Array<ArrayBuffer>)
        return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
      },
    })
    expect(readArchive(bytes, 2).rows.annotations).toHaveLength(2)
    expect(seen.length).toBeGreaterThanOrEqual(BACKUP_TABLES.length + 1)
  })

  it('refuses a streamed archive whose entry was changed after writing', async () => {
    const files = unzipSync(await streamArchive(oneByOne(rows()), info))
    const json = strFromU8(files['annotations.json'] as Uint8Array)
    files['annotations.json'] = strToU8(json.replace('"a2"', '"a3"'))
    expect(() => readArchive(zipSync(files), 2)).toThrow(/annotations.json does not match/)
  })

  it('refuses a streamed archive whose entry was cut short', async () => {
    const files = unzipSync(await streamArchive(oneByOne(rows()), info))
    const json = files['annotations.json'] as Uint8Array<ArrayBuffer>
    files['annotations.json'] = json.slice(0, json.length - 1)
    expect(() => readArchive(zipSync(files), 2)).toThrow(/annotations.json does not match/)
  })

  it('still reads archives of format version 1 (one checksum per entry)', () => {
    const archive = readArchive(writeArchive(rows(), info), 2)
    expect(archive.manifest.formatVersion).toBe(1)
    expect(archive.rows.annotations).toHaveLength(2)
  })

  it('reads and refuses the same with a native digest as with the JavaScript one', async () => {
    const native = async (part: Uint8Array) => {
      const digest = await crypto.subtle.digest('SHA-256', part as Uint8Array<ArrayBuffer>)
      return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('')
    }
    for (const bytes of [await streamArchive(oneByOne(rows()), info), writeArchive(rows(), info)]) {
      expect(await readArchiveHashedBy(bytes, 2, native)).toEqual(readArchive(bytes, 2))
    }
    const files = unzipSync(await streamArchive(oneByOne(rows()), info))
    const json = strFromU8(files['annotations.json'] as Uint8Array)
    files['annotations.json'] = strToU8(json.replace('"a2"', '"a3"'))
    await expect(readArchiveHashedBy(zipSync(files), 2, native)).rejects.toThrow(
      /annotations.json does not match/,
    )
  })
})
