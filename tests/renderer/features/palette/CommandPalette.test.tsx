import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  createAnnotation,
  documentAnnotations,
} from '../../../../src/renderer/actions/annotationActions'
import { addPastedText } from '../../../../src/renderer/actions/documentActions'
import { createProject } from '../../../../src/renderer/actions/projectActions'
import { createSpeaker } from '../../../../src/renderer/actions/speakerActions'
import { db } from '../../../../src/renderer/db/NewscoderDb'
import { CommandPalette } from '../../../../src/renderer/features/palette/CommandPalette'
import { useSession } from '../../../../src/renderer/state/sessionStore'
import { resetAll } from '../../helpers/resetDb'

const TEXT = 'Border plan\n\nThe secretary said the plan would work.'
const QUOTE = 'the plan would work'

async function setup() {
  const project = await createProject('Palette')
  const doc = await addPastedText(project.id, 'Border plan', TEXT)
  const other = await addPastedText(project.id, 'Sanctuary cities debate', 'Sanctuary\n\nText.')
  if (!doc || !other) throw new Error('no document')
  act(() => {
    useSession.getState().openProject(project.id)
    useSession.getState().openDocument(doc.id)
    useSession.getState().setOverlay('palette')
  })
  return { project, doc, other, start: TEXT.indexOf(QUOTE) }
}

async function search(query: string) {
  render(<CommandPalette />)
  const box = screen.getByRole('combobox', { name: 'Search commands' })
  fireEvent.change(box, { target: { value: query } })
  return box
}

const firstOption = () => within(screen.getByRole('listbox')).getAllByRole('option')[0]

describe('CommandPalette', () => {
  beforeEach(resetAll)
  afterEach(cleanup)

  it('finds a code by a fuzzy name and applies it to the selection as a new span', async () => {
    const { doc, start } = await setup()
    act(() => useSession.getState().setSelection({ start, end: start + QUOTE.length }))
    const box = await search('stance agaisnt')
    await waitFor(() => expect(firstOption()?.textContent).toMatch(/^Stance: Against/))
    expect(firstOption()?.getAttribute('aria-selected')).toBe('true')
    fireEvent.keyDown(box, { key: 'Enter' })
    await waitFor(async () => expect(await documentAnnotations(doc.id)).toHaveLength(1))
    const [span] = await documentAnnotations(doc.id)
    expect(span?.exact).toBe(QUOTE)
    expect(span?.values).toEqual({ stance: 'stance.against' })
    expect(useSession.getState().overlay).toBeNull()
    // The new span stays open for more codes.
    expect(useSession.getState().activeAnnotationId).toBe(span?.id)
  })

  it('matches every word of a query in any order', async () => {
    await setup()
    await search('against stance')
    await waitFor(() => expect(firstOption()?.textContent).toMatch(/^Stance: Against/))
    cleanup()
    await search('debate sanctuary')
    await waitFor(() => expect(firstOption()?.textContent).toMatch(/Sanctuary cities debate/))
    expect(screen.queryByRole('option', { name: /Border plan/ })).toBeNull()
  })

  it('applies a speaker, found by an alias, to the active span', async () => {
    const { project, doc, start } = await setup()
    const speaker = await createSpeaker(project.id, 'Alejandro Mayorkas')
    await db.speakers.update(speaker.id, { aliases: ['Secretary Mayorkas'] })
    const span = await createAnnotation({
      documentId: doc.id,
      start,
      end: start + QUOTE.length,
      values: { stance: 'stance.neutral' },
      memo: '',
    })
    act(() => useSession.getState().setActiveAnnotation(span.id))
    const box = await search('secretary mayorkas')
    await waitFor(() => expect(firstOption()?.textContent).toMatch(/Speaker: Alejandro Mayorkas/))
    fireEvent.keyDown(box, { key: 'Enter' })
    await waitFor(async () =>
      expect((await db.annotations.get(span.id))?.values).toEqual({
        stance: 'stance.neutral',
        speaker: speaker.id,
      }),
    )
  })

  it('says what to do when a code is chosen with nothing selected', async () => {
    await setup()
    const box = await search('Stance: Unclear')
    await waitFor(() => expect(firstOption()?.textContent).toMatch(/^Stance: Unclear/))
    fireEvent.keyDown(box, { key: 'Enter' })
    await waitFor(() =>
      expect(useSession.getState().notices.at(-1)?.text).toMatch(/Select text in the article/),
    )
  })

  it('opens an article by its title and runs actions by name, with arrow keys to choose', async () => {
    const { other } = await setup()
    const box = await search('sanctuary debate')
    await waitFor(() => expect(firstOption()?.textContent).toMatch(/Sanctuary cities debate/))
    fireEvent.keyDown(box, { key: 'Enter' })
    expect(useSession.getState().documentId).toBe(other.id)
    cleanup()
    act(() => useSession.getState().setOverlay('palette'))
    const again = await search('speakers')
    const options = within(screen.getByRole('listbox')).getAllByRole('option')
    const index = options.findIndex((o) => /^SpeakersAction$/.test(o.textContent ?? ''))
    expect(index).toBeGreaterThanOrEqual(0)
    for (let i = 0; i < index; i++) fireEvent.keyDown(again, { key: 'ArrowDown' })
    fireEvent.keyDown(again, { key: 'Enter' })
    await waitFor(() => expect(useSession.getState().overlay).toBe('speakers'))
  })
})
