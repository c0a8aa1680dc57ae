import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import * as fs from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { openJournalWriter } from '../../../src/main/durability/journalWriter'
import type { JournalChange } from '../../../src/shared/journal/journalChange'
import { parseJournal } from '../../../src/shared/journal/parseJournal'
import { faultyFs } from './faultyFs'

const put = (id: string): JournalChange => ({ op: 'put', table: 'speakers', value: { id } })
const folder = () => mkdtempSync(join(tmpdir(), 'newscoder-journal-'))
const ids = (dir: string) =>
  parseJournal(readFileSync(join(dir, 'journal.log'), 'utf8')).entries.map((e) =>
    e.change.op === 'put' ? e.change.value['id'] : e.change.op,
  )

describe('openJournalWriter', () => {
  it('numbers changes consecutively and resolves to the last number once they are on disk', async () => {
    const dir = folder()
    const writer = await openJournalWriter({ fs, folder: dir })
    expect(await writer.append([put('a'), put('b')])).toBe(2)
    expect(await writer.append([{ op: 'delete', table: 'speakers', keys: ['a'] }])).toBe(3)
    expect(ids(dir)).toEqual(['a', 'b', 'delete'])
    await writer.close()
  })

  it('reads what was written since the last read, also after a compaction', async () => {
    const dir = folder()
    writeFileSync(join(dir, 'journal.log'), '')
    const writer = await openJournalWriter({ fs, folder: dir })
    expect((await writer.read()).entries).toEqual([])
    await writer.append([put('a')])
    const afterAppend = await writer.read()
    expect(afterAppend.entries.map((e) => e.seq)).toEqual([1])
    expect(await writer.read()).toEqual(afterAppend)
    await writer.append([put('b')])
    await writer.compact(1)
    expect((await writer.read()).entries.map((e) => e.seq)).toEqual([2])
    await writer.close()
  })

  it('keeps concurrent transactions apart, each on its own consecutive lines', async () => {
    const dir = folder()
    const writer = await openJournalWriter({ fs, folder: dir })
    await Promise.all([
      writer.append([put('a1'), put('a2')]),
      writer.append([put('b1'), put('b2')]),
    ])
    expect(ids(dir)).toEqual(['a1', 'a2', 'b1', 'b2'])
    await writer.close()
  })

  it('cuts off a torn tail on opening and continues numbering after the intact lines', async () => {
    const dir = folder()
    const first = await openJournalWriter({ fs, folder: dir })
    await first.append([put('a')])
    await first.close()
    writeFileSync(
      join(dir, 'journal.log'),
      readFileSync(join(dir, 'journal.log'), 'utf8') + '2\t17',
    )
    const second = await openJournalWriter({ fs, folder: dir })
    expect(await second.append([put('b')])).toBe(2)
    expect(ids(dir)).toEqual(['a', 'b'])
    expect(parseJournal(readFileSync(join(dir, 'journal.log'), 'utf8')).invalidLines).toBe(0)
    await second.close()
  })

  it.each(['ENOSPC', 'EIO'])(
    'reports %s as a readable error, keeps earlier changes and accepts the change once the disk recovers',
    async (code) => {
      const dir = folder()
      const failure: { code: string | null; partialBytes: number } = {
        code: null,
        partialBytes: 40,
      }
      const writer = await openJournalWriter({ fs: faultyFs(failure), folder: dir })
      await writer.append([put('before')])
      failure.code = code
      await expect(writer.append([put('during')])).rejects.toThrow(
        new RegExp(`backup journal: .*\\(${code}\\)`),
      )
      failure.code = null
      expect(await writer.append([put('during')])).toBe(2)
      expect(ids(dir)).toEqual(['before', 'during'])
      await writer.close()
    },
  )

  it('compaction keeps a transaction whole when part of it is newer than the snapshot', async () => {
    const dir = folder()
    const writer = await openJournalWriter({ fs, folder: dir })
    await writer.append([put('a')])
    await writer.append([put('b'), put('c')])
    await writer.compact(2)
    expect(ids(dir)).toEqual(['b', 'c'])
    await writer.close()
  })

  it('compaction drops the entries a snapshot covers and numbering goes on after them', async () => {
    const dir = folder()
    const writer = await openJournalWriter({ fs, folder: dir })
    await writer.append([put('a')])
    await writer.append([put('b')])
    await writer.append([put('c')])
    await writer.compact(2)
    expect(ids(dir)).toEqual(['c'])
    expect(await writer.append([put('d')])).toBe(4)
    await writer.compact(4)
    await writer.close()
    const reopened = await openJournalWriter({ fs, folder: dir, baseSeq: 4 })
    expect(await reopened.append([put('e')])).toBe(5)
    await reopened.close()
  })
})
