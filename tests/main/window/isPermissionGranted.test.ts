import { describe, expect, it } from 'vitest'
import { isPermissionGranted } from '../../../src/main/window/isPermissionGranted'

describe('isPermissionGranted', () => {
  it.each(['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read', 'hid'])(
    'denies %s',
    (permission) => expect(isPermissionGranted(permission)).toBe(false),
  )

  it('grants only writing text to the clipboard', () => {
    expect(isPermissionGranted('clipboard-sanitized-write')).toBe(true)
  })
})
