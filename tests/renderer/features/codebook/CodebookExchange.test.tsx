import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { codebookToJson } from '../../../../src/shared/codebook/codebookJson'
import { policyFramesTemplate } from '../../../../src/shared/codebook/templates/policyFramesTemplate'
import { createProject } from '../../../../src/renderer/actions/projectActions'
import { db } from '../../../../src/renderer/db/NewscoderDb'
import { OverlayHost } from '../../../../src/renderer/features/shell/OverlayHost'
import { platform } from '../../../../src/renderer/platform/platform'
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

/** Clicks an import button, with the platform's open dialog answering with one file. */
function pick(button: string, name: string, text: string) {
  const bytes = new TextEncoder().encode(text)
  vi.spyOn(platform, 'openFiles').mockResolvedValueOnce([{ name, size: bytes.length, bytes }])
  fireEvent.click(screen.getByRole('button', { name: button }))
}

const codebookOf = async (projectId: string) =>
  (await db.codebooks.where('projectId').equals(projectId).first())!

describe('Codebook import', () => {
  beforeEach(resetAppState)
  afterEach(() => vi.restoreAllMocks())

  it('refuses a bad JSON file with a specific message and changes nothing', async () => {
    const { project, editor } = await openEditor()
    pick('Import codebook (JSON)', 'notes.json', '{"format":"something-else"}')
    expect((await within(editor).findByRole('alert')).textContent).toBe(
      '“notes.json” was not imported: This JSON file is not a Newscoder codebook (its “format” is not “newscoder-codebook”). Nothing was changed.',
    )
    expect((await codebookOf(project.id)).version).toBe(1)
  })

  it('refuses a codebook file too large to have been read, changing nothing', async () => {
    const { project, editor } = await openEditor()
    vi.spyOn(platform, 'openFiles').mockResolvedValueOnce([
      { name: 'huge.json', size: 90_000_000, bytes: null },
    ])
    fireEvent.click(screen.getByRole('button', { name: 'Import codebook (JSON)' }))
    expect((await within(editor).findByRole('alert')).textContent).toBe(
      '“huge.json” was not imported: it is over 5 MB, too large for a codebook. Nothing was changed.',
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
    pick('Import codebook (JSON)', 'frames.json', file)
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
    pick('Import .qdc', 'spec-A1-codebook.qdc', sampleQdc)
    const confirm = await screen.findByRole('dialog', { name: 'Replace the codebook?' })
    fireEvent.click(within(confirm).getByRole('button', { name: 'Replace codebook' }))
    await screen.findByText(/Imported the REFI-QDA codebook spec-A1-codebook.qdc/)
    const codebook = await codebookOf(project.id)
    expect(codebook.version).toBe(2)
    expect(codebook.dimensions.length).toBeGreaterThan(0)
    expect(codebook.dimensions.flatMap((d) => d.values).length).toBeGreaterThan(0)
  })
})
