import { cleanup, render, screen } from '@testing-library/react'
import { act } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { READ_ONLY_MESSAGE } from '../../../../src/renderer/db/readOnlyMiddleware'
import { ReadOnlyBanner } from '../../../../src/renderer/features/recovery/ReadOnlyBanner'
import { useSession } from '../../../../src/renderer/state/sessionStore'

describe('ReadOnlyBanner', () => {
  afterEach(() => {
    cleanup()
    useSession.getState().setReadOnly(false)
  })

  it('says nothing while the data is writable', () => {
    render(<ReadOnlyBanner />)
    expect(screen.queryByRole('status', { name: 'Read-only' })).toBeNull()
  })

  it('says the data is read-only once the session is', () => {
    render(<ReadOnlyBanner />)
    act(() => useSession.getState().setReadOnly(true))
    expect(screen.getByRole('status', { name: 'Read-only' }).textContent).toBe(READ_ONLY_MESSAGE)
  })
})
