import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fireEvent, render, screen, within } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { codebookToJson } from '../../../../src/shared/codebook/codebookJson'
import { policyFramesTemplate } from '../../../../src/shared/codebook/templates/policyFramesTemplate'
import { createProject } from '../../../../src/renderer/actions/projectActions'
import { db } from '../../../../src/renderer/db/NewscoderDb'
import { OverlayHost } from '../../../../src/renderer/features/shell/OverlayHost'
import { useSession } from '../../../../src/renderer/state/sessionStore'
import { resetAppState } from '../shell/resetAppState'

// Tests run from the repository root; the reference files sit beside it in ../shared.
const sampleQdc = readFileSync(
  resolve(process.cwd(), '../shared/reference/refi-qda/samples/spec-A1-codebook.qdc'),
  'utf8',
)

async function openEditor() {
  const project = await createProject('P')
  useSession.getState().openProject(project.id)
  useSession.getState().setOverlay('codebook')
  render(<OverlayHost />)
  const editor = await screen.findByRole('dialog', { name: 'Codebook' })
  await within(editor).findByRole('button', { name: /^Stance target/ })
  return { project, editor }
}

function pick(label: string, name: string, text: string) {
  const input = screen.getByLabelText(label, { selector: 'input' })
  fireEvent.change(input, { target: { files: [new File([text], name)] } })
}

const codebookOf = async (projectId: string) =>
  (await db.codebooks.where('projectId').equals(projectId).first())!

describe('Codebook import', () => {
  beforeEach(resetAppState)

  it('refuses a bad JSON file with a specific message and changes nothing', async () => {
    const { project, editor } = await openEditor()
    pick('Codebook JSON file', 'notes.json', '{"format":"something-else"}')
    expect((await within(editor).findByRole('alert')).textContent).toBe(
      '“notes.json” was not imported: This JSON file is not a Newscoder codebook (its “format” is not “newscoder-codebook”). Nothing was changed.',
    )
    expect((await codebookOf(project.id)).version).toBe(1)
  })

  it('replaces the codebook from JSON as a new version, only after confirmation', async () => {
    const { project } = await openEditor()
    const file = codebookToJson(
      {
        id: 'x',
        projectId: 'other',
        name: 'Frames',
        version: 7,
        dimensions: policyFramesTemplate(),
        updatedAt: 0,
      },
      0,
    )
    pick('Codebook JSON file', 'frames.json', file)
    const confirm = await screen.findByRole('dialog', { name: 'Replace the codebook?' })
    expect((await codebookOf(project.id)).version).toBe(1)
    fireEvent.click(within(confirm).getByRole('button', { name: 'Replace codebook' }))
    await screen.findByText(/Imported “Frames” \(version 7\) from frames.json/)
    const codebook = await codebookOf(project.id)
    expect(codebook).toMatchObject({ name: 'Frames', version: 2 })
    expect(codebook.dimensions).toEqual(policyFramesTemplate())
  })

  it('imports the REFI-QDA specification’s example codebook (.qdc) with its codes', async () => {
    const { project } = await openEditor()
    pick('REFI-QDA codebook file', 'spec-A1-codebook.qdc', sampleQdc)
    const confirm = await screen.findByRole('dialog', { name: 'Replace the codebook?' })
    fireEvent.click(within(confirm).getByRole('button', { name: 'Replace codebook' }))
    await screen.findByText(/Imported the REFI-QDA codebook spec-A1-codebook.qdc/)
    const codebook = await codebookOf(project.id)
    expect(codebook.version).toBe(2)
    expect(codebook.dimensions.length).toBeGreaterThan(0)
    expect(codebook.dimensions.flatMap((d) => d.values).length).toBeGreaterThan(0)
  })
})
