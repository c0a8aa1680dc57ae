import { render, screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { taggingShortcuts } from '../../../../src/renderer/features/tagging/taggingShortcuts'
import { OverlayHost } from '../../../../src/renderer/features/shell/OverlayHost'
import { globalShortcuts } from '../../../../src/renderer/shortcuts/globalShortcuts'
import { useSession } from '../../../../src/renderer/state/sessionStore'
import { resetAppState } from '../shell/resetAppState'

describe('Keyboard shortcuts dialog', () => {
  beforeEach(resetAppState)

  it('lists the global shortcuts and the reader’s tagging keys', () => {
    useSession.getState().setOverlay('help')
    render(<OverlayHost />)

    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' })
    const everywhere = within(dialog).getByRole('table', { name: 'Everywhere' })
    const tagging = within(dialog).getByRole('table', { name: 'Reading and tagging' })
    for (const s of globalShortcuts)
      expect(within(everywhere).getByText(s.description)).toBeTruthy()
    for (const s of taggingShortcuts) expect(within(tagging).getByText(s.description)).toBeTruthy()
  })
})
