import { mkdtempSync } from 'node:fs'
import * as fs from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { durabilityHandlers } from '../../../src/main/durability/durabilityHandlers'
import { openDurability } from '../../../src/main/durability/openDurability'
import { registerHandler } from '../../../src/main/ipc/registerHandler'
import { fakeIpcMain } from '../ipc/fakeIpcMain'

const APP = 'app://newscoder/index.html'

async function setup() {
  const fake = fakeIpcMain()
  const durability = openDurability({
    fs,
    dataFolder: mkdtempSync(join(tmpdir(), 'newscoder-ipc-')),
    runtimeVersion: 'v',
  })
  const handlers = durabilityHandlers(durability)
  for (const channel of Object.keys(handlers) as (keyof typeof handlers)[]) {
    registerHandler(fake.ipcMain, channel, handlers[channel] as never, { log: () => {} })
  }
  return fake
}

describe('durability IPC channels', () => {
  it('journal a validated batch and acknowledge it with its sequence number', async () => {
    const fake = await setup()
    const changes = [{ op: 'put', table: 'annotations', value: { id: 'a', values: { s: ['x'] } } }]
    expect(await fake.invoke('journal:append', APP, { changes })).toEqual({
      ok: true,
      value: { seq: 1 },
    })
    const read = await fake.invoke('journal:read', APP, { afterSeq: 0 })
    expect(read).toMatchObject({ ok: true, value: [{ seq: 1, change: changes[0] }] })
  })

  it('refuse changes to tables the app does not have, and values that are not JSON', async () => {
    const fake = await setup()
    const bad = await fake.invoke('journal:append', APP, {
      changes: [{ op: 'put', table: 'secrets', value: { id: 'a' } }],
    })
    expect(bad).toMatchObject({ ok: false, error: expect.stringMatching(/Invalid request/) })
    const notJson = await fake.invoke('journal:append', APP, {
      changes: [{ op: 'put', table: 'projects', value: { id: 'a', at: new Date() } }],
    })
    expect(notJson).toMatchObject({ ok: false })
    expect(await fake.invoke('journal:read', APP, { afterSeq: 0 })).toEqual({ ok: true, value: [] })
  })

  it('refuse snapshot names that could point outside the snapshot folder', async () => {
    const fake = await setup()
    const result = await fake.invoke('snapshot:read', APP, { name: '../journal/journal.log' })
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/Invalid request/) })
  })

  it('answer with a clear reason when the journal could not be opened', async () => {
    const fake = fakeIpcMain()
    const handlers = durabilityHandlers(undefined)
    registerHandler(fake.ipcMain, 'durability:state', handlers['durability:state'], {
      log: () => {},
    })
    expect(await fake.invoke('durability:state', APP, {})).toEqual({
      ok: false,
      error: 'The backup journal is not available in this window.',
    })
  })
})
