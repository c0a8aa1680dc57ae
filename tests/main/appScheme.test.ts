import { describe, expect, it, vi } from 'vitest'
import { APP_ORIGIN } from '../../src/main/appOrigin'
import { APP_SCHEME_PRIVILEGES, registerAppScheme } from '../../src/main/appScheme'

describe('app scheme', () => {
  it('is the stable origin app://newscoder that IndexedDB is keyed by', () => {
    expect(APP_ORIGIN).toBe('app://newscoder')
  })

  it('is registered as a standard, secure scheme so IndexedDB and fetch work', () => {
    const registerSchemesAsPrivileged = vi.fn()
    registerAppScheme({ registerSchemesAsPrivileged })
    expect(registerSchemesAsPrivileged).toHaveBeenCalledWith([APP_SCHEME_PRIVILEGES])
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true },
    })
    expect(APP_SCHEME_PRIVILEGES.privileges?.bypassCSP).toBeFalsy()
  })
})
