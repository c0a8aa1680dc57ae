import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { handleGlobalShortcut } from '../../../../src/renderer/shortcuts/globalShortcuts'
import { useSession } from '../../../../src/renderer/state/sessionStore'
import { resetAll } from '../../helpers/resetDb'

const press = (init: KeyboardEventInit) =>
  window.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }))

describe('Ctrl/Cmd+K and Ctrl/Cmd+Enter', () => {
  beforeEach(async () => {
    await resetAll()
    window.addEventListener('keydown', handleGlobalShortcut)
  })
  afterEach(() => window.removeEventListener('keydown', handleGlobalShortcut))

  it('opens the command palette with Ctrl+K or Cmd+K, but never over another dialog', () => {
    press({ key: 'k', ctrlKey: true })
    expect(useSession.getState().overlay).toBe('palette')
    useSession.getState().setOverlay(null)
    press({ key: 'k', metaKey: true })
    expect(useSession.getState().overlay).toBe('palette')
    useSession.getState().setOverlay('settings')
    press({ key: 'k', ctrlKey: true })
    expect(useSession.getState().overlay).toBe('settings')
  })

  it('runs “Complete and next” on Ctrl+Enter, which asks for an open article first', async () => {
    press({ key: 'Enter', ctrlKey: true })
    await expect
      .poll(() => useSession.getState().notices.at(-1)?.text)
      .toBe('Open an article first.')
  })
})
