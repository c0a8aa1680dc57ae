import { describe, expect, it } from 'vitest'
import { appInfoHandler } from '../../../src/main/ipc/appInfoHandler'

describe('appInfoHandler', () => {
  it('reports the OS account name, the app version and the platform', () => {
    const handler = appInfoHandler({
      app: { getVersion: () => '1.2.3' },
      userInfo: () => ({ username: 'ada' }),
      platform: 'linux',
    })
    expect(handler()).toEqual({ userName: 'ada', version: '1.2.3', platform: 'linux' })
  })

  it('reports an empty user name when the account cannot be resolved', () => {
    const handler = appInfoHandler({
      app: { getVersion: () => '1.2.3' },
      userInfo: () => {
        throw new Error('ENOENT: no passwd entry')
      },
      platform: 'linux',
    })
    expect(handler().userName).toBe('')
  })
})
