import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { articleCodingOf } from '../../../../src/renderer/actions/articleCodingActions'
import { addPastedText } from '../../../../src/renderer/actions/documentActions'
import { createProject } from '../../../../src/renderer/actions/projectActions'
import { ArticleCodingPanel } from '../../../../src/renderer/features/articleCoding/ArticleCodingPanel'
import { setDocumentOrder } from '../../../../src/renderer/features/articleCoding/documentOrderStore'
import { useSession } from '../../../../src/renderer/state/sessionStore'
import { resetAll } from '../../helpers/resetDb'
import { articleProject } from './articleProject'

function open(projectId: string, documentId: string) {
  act(() => {
    useSession.getState().openProject(projectId)
    useSession.getState().openDocument(documentId)
  })
  return render(<ArticleCodingPanel documentId={documentId} projectId={projectId} />)
}

describe('ArticleCodingPanel', () => {
  beforeEach(resetAll)
  afterEach(cleanup)

  it('shows only the coding status, with a hint, when the codebook has no article dimensions', async () => {
    const project = await createProject('Default')
    const doc = await addPastedText(project.id, 'Title', 'Title\n\nText.')
    open(project.id, doc!.id)
    expect(await screen.findByText(/no article-level dimensions/)).toBeTruthy()
    expect((screen.getByRole('radio', { name: 'Not started' }) as HTMLInputElement).checked).toBe(
      true,
    )
    fireEvent.click(screen.getByRole('radio', { name: 'Complete' }))
    await waitFor(async () =>
      expect((await articleCodingOf(doc!.id, 'Coder 1'))?.status).toBe('complete'),
    )
    await waitFor(() =>
      expect((screen.getByRole('radio', { name: 'Complete' }) as HTMLInputElement).checked).toBe(
        true,
      ),
    )
  })

  it('renders article dimensions by kind, writes each change at once and honours skip logic', async () => {
    const { project, doc } = await articleProject()
    open(project.id, doc.id)
    const relevant = (await screen.findByLabelText('relevant')) as HTMLSelectElement
    expect(screen.queryByLabelText('tone')).toBeNull()
    fireEvent.change(relevant, { target: { value: 'relevant.yes' } })
    const tone = (await screen.findByLabelText('tone')) as HTMLSelectElement
    fireEvent.change(tone, { target: { value: 'tone.b' } })
    await waitFor(async () =>
      expect(await articleCodingOf(doc.id, 'Coder 1')).toMatchObject({
        status: 'in_progress',
        values: { relevant: 'relevant.yes', tone: 'tone.b' },
      }),
    )
    await waitFor(() =>
      expect((screen.getByRole('radio', { name: 'In progress' }) as HTMLInputElement).checked).toBe(
        true,
      ),
    )
  })

  it('“Complete and next” marks the article complete and opens the next one of the list', async () => {
    const { project, doc, next } = await articleProject()
    setDocumentOrder([doc.id, next.id])
    open(project.id, doc.id)
    fireEvent.click(await screen.findByRole('button', { name: 'Complete and next' }))
    await waitFor(() => expect(useSession.getState().documentId).toBe(next.id))
    expect((await articleCodingOf(doc.id, 'Coder 1'))?.status).toBe('complete')
  })

  it('collapses under its heading button', async () => {
    const { project, doc } = await articleProject()
    open(project.id, doc.id)
    const toggle = await screen.findByRole('button', { name: 'Article coding' })
    expect(toggle.getAttribute('aria-expanded')).toBe('true')
    fireEvent.click(toggle)
    expect(toggle.getAttribute('aria-expanded')).toBe('false')
    expect(screen.queryByRole('button', { name: 'Complete and next' })).toBeNull()
  })
})
