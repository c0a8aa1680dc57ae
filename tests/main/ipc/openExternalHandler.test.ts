import type { Shell } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { openExternalHandler } from '../../../src/main/ipc/openExternalHandler'

describe('openExternalHandler', () => {
  it('opens an https link in the system browser', async () => {
    const openExternal = vi.fn(async () => {})
    const shell = { openExternal } as Pick<Shell, 'openExternal'>
    await expect(openExternalHandler({ shell })({ url: 'https://example.org/a' })).resolves.toBe(
      true,
    )
    expect(openExternal).toHaveBeenCalledWith('https://example.org/a')
  })

  it('refuses anything but http(s) even if the schema were to let it through', async () => {
    const openExternal = vi.fn(async () => {})
    const shell = { openExternal } as Pick<Shell, 'openExternal'>
    await expect(openExternalHandler({ shell })({ url: 'file:///etc/passwd' })).rejects.toThrow()
    expect(openExternal).not.toHaveBeenCalled()
  })
})
