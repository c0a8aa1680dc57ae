import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { sourcingAndStanceTemplate } from '../../../../src/shared/codebook/templates/sourcingAndStanceTemplate'
import { db } from '../../../../src/renderer/db/NewscoderDb'
import { OverlayHost } from '../../../../src/renderer/features/shell/OverlayHost'
import { useSession } from '../../../../src/renderer/state/sessionStore'
import { resetAppState } from '../shell/resetAppState'

describe('New project dialog', () => {
  beforeEach(resetAppState)

  it('creates the project with the default codebook, opens it and remembers it', async () => {
    useSession.getState().setOverlay('new-project')
    render(<OverlayHost />)

    fireEvent.change(screen.getByLabelText('Project name'), {
      target: { value: '  Climate coverage ' },
    })
    fireEvent.click(screen.getByRole('button', { name: 'Create' }))

    await waitFor(() => expect(useSession.getState().overlay).toBeNull())
    const [project] = await db.projects.toArray()
    expect(project?.name).toBe('Climate coverage')
    const codebook = await db.codebooks.where('projectId').equals(project!.id).first()
    expect(codebook?.name).toBe('Sourcing and stance')
    expect(codebook?.dimensions).toEqual(sourcingAndStanceTemplate())
    expect(useSession.getState().projectId).toBe(project!.id)
    expect((await db.settings.get('lastProjectId'))?.value).toBe(project!.id)
  })

  it('keeps the dialog open and says why when the name is empty', async () => {
    useSession.getState().setOverlay('new-project')
    render(<OverlayHost />)

    fireEvent.click(screen.getByRole('button', { name: 'Create' }))

    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      'A project needs a name.',
    )
    expect(useSession.getState().overlay).toBe('new-project')
    expect(await db.projects.count()).toBe(0)
  })
})
