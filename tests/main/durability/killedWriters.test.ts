import { mkdtempSync, readFileSync } from 'node:fs'
import * as fs from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { snapshotStore } from '../../../src/main/durability/snapshotStore'
import { parseJournal } from '../../../src/shared/journal/parseJournal'
import { bundleChild } from './bundleChild'
import { mulberry32 } from './mulberry32'
import { runUntilKilled } from './runUntilKilled'

let script = ''
beforeAll(async () => {
  script = await bundleChild()
}, 60_000)

describe('a writer killed with SIGKILL', () => {
  it('loses no acknowledged journal change and never takes a torn line as data (100 kills)', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'newscoder-journal-'))
    const random = mulberry32(20261128)
    const acknowledged: string[] = []
    for (let round = 0; round < 100; round += 1) {
      const lines = await runUntilKilled(script, ['journal', folder], 1 + Math.floor(random() * 8))
      for (const line of lines) acknowledged.push(...(line.split(' ')[2] ?? '').split(','))

      const parsed = parseJournal(readFileSync(join(folder, 'journal.log'), 'utf8'))
      const ids = parsed.entries.map((e) => (e.change.op === 'put' ? e.change.value['id'] : null))
      const counts = new Map<unknown, number>()
      for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1)
      for (const id of acknowledged) expect(counts.get(id), `round ${round}: ${id}`).toBe(1)
      expect([...counts.values()].every((n) => n === 1)).toBe(true)
      // Sequence numbers stay strictly increasing across restarts after a torn tail.
      const seqs = parsed.entries.map((e) => e.seq)
      expect(seqs).toEqual([...seqs].sort((a, b) => a - b))
    }
    expect(acknowledged.length).toBeGreaterThan(100)
  }, 300_000)

  it('leaves the previous snapshot intact when a snapshot write is killed mid-way', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'newscoder-snapshots-'))
    const random = mulberry32(7)
    const store = snapshotStore({ fs, folder })
    for (let round = 0; round < 20; round += 1) {
      const lines = await runUntilKilled(script, ['snapshot', folder], 1 + Math.floor(random() * 3))
      const [, name, fill, size] = (lines[lines.length - 1] ?? '').split(' ')
      const latest = (await store.list())[0]
      expect(latest).toBeDefined()
      // The newest listed snapshot is either the last acknowledged one or one completed after it.
      if (name !== undefined && latest?.name === name) {
        const bytes = await store.read(name)
        expect(bytes.byteLength).toBe(Number(size))
        expect(bytes.every((b) => b === Number(fill))).toBe(true)
      }
      for (const info of await store.list()) {
        const bytes = await store.read(info.name)
        expect(bytes.byteLength).toBe(info.bytes)
        expect(bytes.every((b) => b === info.counts['fill'])).toBe(true)
      }
    }
  }, 300_000)
})
