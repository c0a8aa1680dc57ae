import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { createProject, deleteProject } from '../../../../src/renderer/actions/projectActions'
import { db } from '../../../../src/renderer/db/NewscoderDb'
import { App } from '../../../../src/renderer/App'
import { OverlayHost } from '../../../../src/renderer/features/shell/OverlayHost'
import { useSession } from '../../../../src/renderer/state/sessionStore'
import { resetAppState } from '../shell/resetAppState'

describe('Settings dialog', () => {
  beforeEach(resetAppState)

  it('saves the coder name and explains what it is for', async () => {
    useSession.getState().setOverlay('settings')
    render(<OverlayHost />)

    const input = screen.getByRole('textbox', { name: 'Coder name' })
    expect(input.getAttribute('aria-describedby')).toBeTruthy()
    expect(screen.getByText(/inter-coder reliability/)).toBeTruthy()
    fireEvent.change(input, { target: { value: ' Coder B ' } })
    fireEvent.click(screen.getByRole('button', { name: 'Save coder name' }))

    await waitFor(() => expect(useSession.getState().coder).toBe('Coder B'))
    expect((await db.settings.get('coder'))?.value).toBe('Coder B')
  })

  it('switches the theme on the root element and back to the system setting', async () => {
    await db.settings.put({ key: 'sampleSeeded', value: true })
    render(<App />)
    fireEvent.click(await screen.findByRole('button', { name: 'Settings' }))

    fireEvent.click(screen.getByRole('radio', { name: 'Dark' }))
    expect(document.documentElement.dataset.theme).toBe('dark')
    fireEvent.click(screen.getByRole('radio', { name: 'System' }))
    expect(document.documentElement.dataset.theme).toBeUndefined()
    await waitFor(async () => expect((await db.settings.get('theme'))?.value).toBe('system'))
  })

  it('restores a project from the trash and opens it', async () => {
    const project = await createProject('Old study')
    await deleteProject(project.id)
    useSession.getState().setOverlay('settings')
    render(<OverlayHost />)

    fireEvent.click(await screen.findByRole('button', { name: 'Restore “Old study”' }))

    await waitFor(() => expect(useSession.getState().projectId).toBe(project.id))
    expect((await db.projects.get(project.id))?.deletedAt).toBeNull()
  })
})
