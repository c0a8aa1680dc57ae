import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createAnnotation } from '../../../../src/renderer/actions/annotationActions'
import { addPastedText } from '../../../../src/renderer/actions/documentActions'
import { createProject } from '../../../../src/renderer/actions/projectActions'
import { createSpeaker } from '../../../../src/renderer/actions/speakerActions'
import { undo } from '../../../../src/renderer/actions/undoStack'
import { db } from '../../../../src/renderer/db/NewscoderDb'
import { SpeakerRegistryDialog } from '../../../../src/renderer/features/speakers/SpeakerRegistryDialog'
import { useSession } from '../../../../src/renderer/state/sessionStore'
import { resetAll } from '../../helpers/resetDb'

const TEXT = 'Mayorkas\n\nOne said. Two said. Three said.'
const NAMES = ['Mayorkas', 'Alejandro Mayorkas', 'Secretary Mayorkas']

async function setup() {
  const project = await createProject('Registry')
  const doc = await addPastedText(project.id, 'Mayorkas', TEXT)
  if (!doc) throw new Error('no document')
  const fragments = ['One said', 'Two said', 'Three said']
  for (const [i, name] of NAMES.entries()) {
    const speaker = await createSpeaker(project.id, name)
    const start = TEXT.indexOf(fragments[i]!)
    await createAnnotation({
      documentId: doc.id,
      start,
      end: start + fragments[i]!.length,
      values: { speaker: speaker.id },
      memo: '',
    })
  }
  await createSpeaker(project.id, 'Jane Roe')
  act(() => {
    useSession.getState().openProject(project.id)
    useSession.getState().setOverlay('speakers')
  })
  render(<SpeakerRegistryDialog />)
  return { project }
}

const row = (name: string) => screen.getByRole('rowheader', { name }).closest('tr') as HTMLElement

describe('SpeakerRegistryDialog', () => {
  beforeEach(resetAll)
  afterEach(cleanup)

  it('lists every speaker with span and document counts; only unused ones can be deleted', async () => {
    await setup()
    await screen.findByRole('table', { name: 'Speakers' })
    await waitFor(() => expect(within(row('Mayorkas')).getByLabelText('1 spans')).toBeTruthy())
    expect(within(row('Mayorkas')).getByLabelText('1 documents').textContent).toBe('1')
    expect(within(row('Mayorkas')).queryByRole('button', { name: /Delete/ })).toBeNull()
    fireEvent.click(within(row('Jane Roe')).getByRole('button', { name: 'Delete Jane Roe' }))
    await waitFor(() => expect(screen.queryByRole('rowheader', { name: 'Jane Roe' })).toBeNull())
  })

  it('merges selected speakers under the chosen name, and undo restores them', async () => {
    await setup()
    await screen.findByRole('table', { name: 'Speakers' })
    for (const name of NAMES)
      fireEvent.click(screen.getByRole('checkbox', { name: `Select ${name}` }))
    fireEvent.change(screen.getByLabelText('Surviving name'), {
      target: {
        value: (await db.speakers.filter((s) => s.name === 'Alejandro Mayorkas').first())!.id,
      },
    })
    fireEvent.click(screen.getByRole('button', { name: 'Merge speakers' }))
    await waitFor(() => expect(screen.queryByRole('rowheader', { name: 'Mayorkas' })).toBeNull())
    await waitFor(() =>
      expect(within(row('Alejandro Mayorkas')).getByLabelText('3 spans')).toBeTruthy(),
    )
    expect(within(row('Alejandro Mayorkas')).getByLabelText('1 documents')).toBeTruthy()
    expect(row('Alejandro Mayorkas').textContent).toContain('Mayorkas; Secretary Mayorkas')
    await act(async () => void (await undo()))
    await waitFor(() => expect(screen.getAllByRole('rowheader')).toHaveLength(4))
    await waitFor(() => expect(within(row('Mayorkas')).getByLabelText('1 spans')).toBeTruthy())
  })

  it('edits a speaker’s fields, gender and party included', async () => {
    await setup()
    fireEvent.click(await screen.findByRole('button', { name: 'Edit Jane Roe' }))
    const form = screen.getByRole('form', { name: 'Edit Jane Roe' })
    fireEvent.change(within(form).getByLabelText('Party'), { target: { value: 'Green' } })
    fireEvent.change(within(form).getByLabelText('Aliases (one per line)'), {
      target: { value: 'J. Roe\nJane' },
    })
    fireEvent.click(within(form).getByRole('button', { name: 'Save speaker' }))
    await waitFor(() => expect(row('Jane Roe').textContent).toContain('Green'))
    expect(row('Jane Roe').textContent).toContain('J. Roe; Jane')
  })
})
