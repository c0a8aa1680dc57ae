import { mkdtempSync } from 'node:fs'
import * as fs from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openDurability } from '../../../src/main/durability/openDurability'
import type { JournalChange } from '../../../src/shared/journal/journalChange'
import { faultyFs } from './faultyFs'

const put = (id: string): JournalChange => ({ op: 'put', table: 'projects', value: { id } })
const dataFolder = () => mkdtempSync(join(tmpdir(), 'newscoder-data-'))

describe('openDurability', () => {
  it('reports a new version until a snapshot has been taken under it', async () => {
    const folder = dataFolder()
    const service = await openDurability({
      fs,
      dataFolder: folder,
      runtimeVersion: '1 (Electron 45)',
    })
    expect((await service.state()).versionChanged).toBe(true)
    await service.writeSnapshot({
      bytes: new Uint8Array([1]),
      seq: 0,
      reason: 'new-version',
      counts: {},
    })
    expect((await service.state()).versionChanged).toBe(false)
    await service.close()
    const upgraded = await openDurability({
      fs,
      dataFolder: folder,
      runtimeVersion: '2 (Electron 46)',
    })
    expect((await upgraded.state()).versionChanged).toBe(true)
    await upgraded.close()
  })

  it('compacts the journal into a snapshot, keeping later entries and the numbering', async () => {
    const folder = dataFolder()
    const service = await openDurability({ fs, dataFolder: folder, runtimeVersion: 'v' })
    await service.append([put('a')])
    await service.append([put('b')])
    const info = await service.writeSnapshot({
      bytes: new Uint8Array([9, 9]),
      seq: 1,
      reason: 'activity',
      counts: { projects: 1 },
    })
    expect((await service.readJournal(0)).map((e) => e.seq)).toEqual([2])
    expect(await service.state()).toMatchObject({ journalSeq: 2, journalEntries: 1 })
    await service.writeSnapshot({ bytes: new Uint8Array([8]), seq: 2, reason: 'quit', counts: {} })
    await service.close()

    const reopened = await openDurability({ fs, dataFolder: folder, runtimeVersion: 'v' })
    expect(await reopened.state()).toMatchObject({ journalSeq: 2, journalEntries: 0 })
    expect(await reopened.append([put('c')])).toBe(3)
    expect((await reopened.listSnapshots()).map((s) => s.seq)).toEqual([2, 1])
    expect(await reopened.readSnapshot(info.name)).toEqual(new Uint8Array([9, 9]))
    await reopened.close()
  })

  it('refuses a snapshot that claims entries the journal never had', async () => {
    const service = await openDurability({ fs, dataFolder: dataFolder(), runtimeVersion: 'v' })
    await expect(
      service.writeSnapshot({ bytes: new Uint8Array(), seq: 5, reason: 'manual', counts: {} }),
    ).rejects.toThrow(/never written/)
    await service.close()
  })

  it('keeps the previous snapshot and the journal when the disk is full during a snapshot', async () => {
    const folder = dataFolder()
    const failure: { code: string | null } = { code: null }
    const service = await openDurability({
      fs: faultyFs(failure),
      dataFolder: folder,
      runtimeVersion: 'v',
    })
    await service.append([put('a')])
    await service.writeSnapshot({
      bytes: new Uint8Array([1]),
      seq: 1,
      reason: 'activity',
      counts: {},
    })
    await service.append([put('b')])
    failure.code = 'ENOSPC'
    await expect(
      service.writeSnapshot({ bytes: new Uint8Array([2]), seq: 2, reason: 'activity', counts: {} }),
    ).rejects.toThrow(/snapshot could not be written: the disk is full \(ENOSPC\)/)
    failure.code = null
    const listed = await service.listSnapshots()
    expect(listed.map((s) => s.seq)).toEqual([1])
    expect((await service.readJournal(1)).map((e) => e.seq)).toEqual([2])
    expect(await fs.readdir(join(folder, 'snapshots'))).toHaveLength(2) // no temp file left behind
    await service.close()
  })
})
