import * as fs from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { registerIpcHandlers } from '../../../src/main/ipc/registerIpcHandlers'
import { ipcRequestSchemas } from '../../../src/shared/ipc/contract'
import { fakeIpcMain } from './fakeIpcMain'

describe('registerIpcHandlers', () => {
  it('registers exactly the channels of the contract', async () => {
    const fake = fakeIpcMain()
    registerIpcHandlers({
      ipcMain: fake.ipcMain,
      app: { getVersion: () => '0.1.0' },
      dialog: {} as never,
      shell: {} as never,
      fs,
      userInfo: () => ({ username: 'ada' }),
      platform: 'linux',
      windowFor: () => null,
      log: () => {},
      team: { safeStorage: {} as never, dataFolder: '/nonexistent', fetch },
    })
    expect(fake.channels().sort()).toEqual(Object.keys(ipcRequestSchemas).sort())
    expect(await fake.invoke('app:info', 'app://newscoder/', {})).toEqual({
      ok: true,
      value: { userName: 'ada', version: '0.1.0', platform: 'linux' },
    })
  })
})
