import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { createProject } from '../../../../src/renderer/actions/projectActions'
import { db } from '../../../../src/renderer/db/NewscoderDb'
import { OverlayHost } from '../../../../src/renderer/features/shell/OverlayHost'
import { useSession } from '../../../../src/renderer/state/sessionStore'
import { resetAppState } from '../shell/resetAppState'

async function create(name: string, choose: () => Promise<void>) {
  useSession.getState().setOverlay('new-project')
  render(<OverlayHost />)
  await choose()
  fireEvent.change(screen.getByLabelText('Project name'), { target: { value: name } })
  fireEvent.click(screen.getByRole('button', { name: 'Create' }))
  await waitFor(() => expect(useSession.getState().overlay).toBeNull())
  const project = (await db.projects.toArray()).find((p) => p.name === name)!
  return (await db.codebooks.where('projectId').equals(project.id).first())!
}

describe('New project: codebook template', () => {
  beforeEach(resetAppState)

  it('starts a project from the chosen template', async () => {
    const codebook = await create('Frames', async () => {
      const group = screen.getByRole('group', { name: 'Codebook template' })
      expect(group).toBeTruthy()
      fireEvent.click(screen.getByRole('radio', { name: 'Policy Frames Codebook' }))
    })
    expect(codebook.name).toBe('Policy Frames Codebook')
    expect(codebook.dimensions.map((d) => d.id)).toContain('primary_frame')
  })

  it('copies the codebook of another project', async () => {
    const source = await createProject('Source', {
      codebook: { kind: 'template', template: 'policy-frames' },
    })
    const codebook = await create('Copy', async () => {
      const radio = await screen.findByRole('radio', { name: 'Copy from another project' })
      // Enabled once the project list has loaded.
      await waitFor(() => expect(radio).toHaveProperty('disabled', false))
      fireEvent.click(radio)
      const select = await screen.findByLabelText('Copy codebook from another project')
      fireEvent.change(select, { target: { value: source.id } })
    })
    const original = await db.codebooks.where('projectId').equals(source.id).first()
    expect(codebook.dimensions).toEqual(original?.dimensions)
  })
})
