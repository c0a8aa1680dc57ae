import { act, cleanup, render, screen, waitFor } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createAnnotation } from '../../../../src/renderer/actions/annotationActions'
import { addPastedText } from '../../../../src/renderer/actions/documentActions'
import { createProject } from '../../../../src/renderer/actions/projectActions'
import { AnnotationPanel } from '../../../../src/renderer/features/annotations/AnnotationPanel'
import { TaggingPanel } from '../../../../src/renderer/features/tagging/TaggingPanel'
import { useSession } from '../../../../src/renderer/state/sessionStore'
import { resetAll } from '../../helpers/resetDb'

const TEXT = 'Border plan draws fire\n\nThe secretary said the plan would work, officials said.'
const QUOTE = 'the plan would work'

async function spanByBen() {
  const project = await createProject('Test')
  const doc = await addPastedText(project.id, 'Border plan draws fire', TEXT)
  if (!doc) throw new Error('no document')
  useSession.getState().setCoder('Ben')
  const start = TEXT.indexOf(QUOTE)
  const span = await createAnnotation({
    documentId: doc.id,
    start,
    end: start + QUOTE.length,
    values: { stance: 'stance.against' },
    memo: 'sounds sure',
  })
  act(() => {
    useSession.getState().setCoder('Ana')
    useSession.getState().setCoderLayer({ kind: 'all' })
  })
  return { project, doc, span }
}

// happy-dom does no layout: give elements a height so that the virtualised list shows its rows.
const clientHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight')
beforeAll(() => {
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get: () => 800,
  })
})
afterAll(() => {
  if (clientHeight) Object.defineProperty(HTMLElement.prototype, 'clientHeight', clientHeight)
})

describe('another coder’s span', () => {
  beforeEach(resetAll)
  afterEach(cleanup)

  it('opens read-only in the tagging panel, saying whose it is, with its codes and no edit controls', async () => {
    const { project, doc, span } = await spanByBen()
    act(() => useSession.getState().setActiveAnnotation(span.id))
    render(<TaggingPanel documentId={doc.id} projectId={project.id} />)
    expect(await screen.findByRole('note')).toHaveProperty(
      'textContent',
      'Coded by Ben — read-only',
    )
    expect(screen.getByRole('heading', { name: 'View span' })).toBeTruthy()
    await waitFor(() => expect(screen.getByText('Against')).toBeTruthy())
    expect(screen.getByText('Memo: sounds sure')).toBeTruthy()
    expect(screen.getByText(/set the coder name back to “Ben” in Settings/)).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Save' })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Delete' })).toBeNull()
    expect(screen.queryByRole('radiogroup', { name: 'Stance' })).toBeNull()
    act(() => screen.getByRole('button', { name: 'Close' }).click())
    expect(useSession.getState().activeAnnotationId).toBeNull()
  })

  it('opens for editing once the coder is its own', async () => {
    const { project, doc, span } = await spanByBen()
    act(() => {
      useSession.getState().setCoder('Ben')
      useSession.getState().setActiveAnnotation(span.id)
    })
    render(<TaggingPanel documentId={doc.id} projectId={project.id} />)
    expect(await screen.findByRole('radiogroup', { name: 'Stance' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Delete' })).toBeTruthy()
  })

  it('is marked read-only in the annotation list', async () => {
    const { project, doc } = await spanByBen()
    render(<AnnotationPanel documentId={doc.id} projectId={project.id} />)
    expect(await screen.findByText('Coded by Ben — read-only')).toBeTruthy()
  })
})
