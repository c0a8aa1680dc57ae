import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  createAnnotation,
  documentAnnotations,
} from '../../../../src/renderer/actions/annotationActions'
import { addPastedText } from '../../../../src/renderer/actions/documentActions'
import { createProject } from '../../../../src/renderer/actions/projectActions'
import { createSpeaker } from '../../../../src/renderer/actions/speakerActions'
import { db } from '../../../../src/renderer/db/NewscoderDb'
import { TaggingPanel } from '../../../../src/renderer/features/tagging/TaggingPanel'
import { useSession } from '../../../../src/renderer/state/sessionStore'
import { resetAll } from '../../helpers/resetDb'

const TEXT = 'Border plan draws fire\n\nThe secretary said the plan would work, officials said.'
const QUOTE = 'the plan would work'

async function openWithSelection() {
  const project = await createProject('Test')
  const doc = await addPastedText(project.id, 'Border plan draws fire', TEXT)
  if (!doc) throw new Error('no document')
  const text = (await db.texts.get(doc.id))?.text ?? ''
  const start = text.indexOf(QUOTE)
  act(() => useSession.getState().setSelection({ start, end: start + QUOTE.length }))
  render(<TaggingPanel documentId={doc.id} projectId={project.id} />)
  await screen.findByRole('radiogroup', { name: 'Stance' })
  // The form appears after an async codebook read; let its key listener subscribe before typing.
  await act(async () => {})
  return { project, doc, start }
}

describe('TaggingPanel', () => {
  beforeEach(resetAll)
  afterEach(cleanup)

  it('opens on a selection with controls named Stance, Speaker, Source type and the rest', async () => {
    await openWithSelection()
    expect(screen.getByText(`“${QUOTE}”`)).toBeTruthy()
    const stance = screen.getAllByRole('radio').map((r) => r.getAttribute('value'))
    expect(stance).toHaveLength(7)
    expect(screen.getByRole('radio', { name: 'Strongly against' })).toBeTruthy()
    expect(screen.getByRole('radio', { name: 'Unclear' })).toBeTruthy()
    expect(screen.getByRole('combobox', { name: 'Speaker' })).toBeTruthy()
    const sourceType = screen.getByLabelText('Source type') as HTMLSelectElement
    expect(sourceType.tagName).toBe('SELECT')
    // happy-dom has no `option.label`; in a browser it defaults to the text, as here.
    const labels = [...sourceType.options].map((o) => o.textContent)
    expect(labels).toContain('Executive')
    expect(labels).toContain('Official / government (general)')
    expect(screen.getByLabelText('Identification').tagName).toBe('SELECT')
    expect(screen.getByLabelText('Quote type').tagName).toBe('SELECT')
    expect(screen.getByLabelText('Memo').tagName).toBe('TEXTAREA')
    expect(screen.getByRole('button', { name: 'Save' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeTruthy()
  })

  it('pre-fills the source type when a known speaker is chosen', async () => {
    const { project } = await openWithSelection()
    await createSpeaker(project.id, 'Alejandro Mayorkas', 'source_type.official.executive')
    const box = screen.getByRole('combobox', { name: 'Speaker' })
    fireEvent.change(box, { target: { value: 'mayor' } })
    await screen.findByRole('option', { name: 'Alejandro Mayorkas' })
    expect(box.getAttribute('aria-expanded')).toBe('true')
    fireEvent.keyDown(box, { key: 'Enter' })
    await waitFor(() =>
      expect((screen.getByLabelText('Source type') as HTMLSelectElement).value).toBe(
        'source_type.official.executive',
      ),
    )
    expect((box as HTMLInputElement).value).toBe('Alejandro Mayorkas')
  })

  it('offers to create a speaker that is not in the registry yet', async () => {
    const { project } = await openWithSelection()
    const box = screen.getByRole('combobox', { name: 'Speaker' })
    fireEvent.change(box, { target: { value: 'Jane Roe' } })
    fireEvent.mouseDown(await screen.findByRole('option', { name: 'Create “Jane Roe”' }))
    await waitFor(async () => {
      const speakers = await db.speakers.where('projectId').equals(project.id).toArray()
      expect(speakers.map((s) => s.name)).toEqual(['Jane Roe'])
    })
    await waitFor(() => expect((box as HTMLInputElement).value).toBe('Jane Roe'))
  })

  it('saves a stance chosen by its number key as a new annotation and clears the selection', async () => {
    const { doc, start } = await openWithSelection()
    fireEvent.keyDown(document.body, { key: '3' })
    expect(
      (screen.getByRole('radio', { name: 'Neutral / balanced' }) as HTMLInputElement).checked,
    ).toBe(true)
    fireEvent.change(screen.getByLabelText('Quote type'), {
      target: { value: 'quote_type.direct' },
    })
    fireEvent.click(screen.getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(useSession.getState().selection).toBeNull())
    const [saved, ...rest] = await documentAnnotations(doc.id)
    expect(rest).toHaveLength(0)
    expect(saved?.start).toBe(start)
    expect(saved?.exact).toBe(QUOTE)
    expect(saved?.values).toEqual({ stance: 'stance.neutral', quote_type: 'quote_type.direct' })
  })

  it('asks for a code instead of saving an empty tag', async () => {
    const { doc } = await openWithSelection()
    fireEvent.keyDown(document.body, { key: 'Enter' })
    await waitFor(() =>
      expect(useSession.getState().notices.at(-1)?.text).toBe(
        'Choose at least one code or write a memo',
      ),
    )
    expect(await documentAnnotations(doc.id)).toHaveLength(0)
    expect(useSession.getState().selection).not.toBeNull()
  })

  it('edits the codes of the active annotation', async () => {
    const project = await createProject('Test')
    const doc = await addPastedText(project.id, 'Title', TEXT)
    if (!doc) throw new Error('no document')
    const a = await createAnnotation({
      documentId: doc.id,
      start: 0,
      end: 6,
      values: { stance: 'stance.against' },
      memo: '',
    })
    act(() => useSession.getState().setActiveAnnotation(a.id))
    render(<TaggingPanel documentId={doc.id} projectId={project.id} />)
    const against = await screen.findByRole('radio', { name: 'Against' })
    expect((against as HTMLInputElement).checked).toBe(true)
    fireEvent.click(screen.getByRole('radio', { name: 'In favour' }))
    expect(screen.getByRole('button', { name: 'Delete' })).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Save' }))
    await waitFor(async () =>
      expect((await db.annotations.get(a.id))?.values.stance).toBe('stance.in_favour'),
    )
    expect(useSession.getState().activeAnnotationId).toBeNull()
  })
})
