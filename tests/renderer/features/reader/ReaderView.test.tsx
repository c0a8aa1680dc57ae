import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import type { Editor } from '@tiptap/core'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createAnnotation } from '../../../../src/renderer/actions/annotationActions'
import { addPastedText } from '../../../../src/renderer/actions/documentActions'
import { createProject } from '../../../../src/renderer/actions/projectActions'
import { db } from '../../../../src/renderer/db/NewscoderDb'
import { ReaderPane } from '../../../../src/renderer/features/shell/ReaderPane'
import { useSession } from '../../../../src/renderer/state/sessionStore'
import { createOffsetMap } from '../../../../src/shared/offsets/pmPositions'
import { resetAll } from '../../helpers/resetDb'

const TEXT =
  'Border plan draws fire\n\nThe secretary said the plan would work. Critics said it would fail.\n\nA third paragraph closes the story.'

async function seed() {
  const project = await createProject('Test')
  const doc = await addPastedText(project.id, 'Border plan draws fire', TEXT)
  if (!doc) throw new Error('no document')
  const text = (await db.texts.get(doc.id))?.text ?? ''
  return { project, doc, text }
}

const at = (text: string, quote: string) => {
  const start = text.indexOf(quote)
  return { start, end: start + quote.length }
}

async function renderReader(documentId: string) {
  const doc = await db.documents.get(documentId)
  render(<ReaderPane projectId={doc?.projectId ?? ''} documentId={documentId} />)
  const article = await screen.findByRole('article')
  const editor = (article as HTMLElement & { editor: Editor }).editor
  return { article, editor }
}

describe('ReaderView', () => {
  beforeEach(resetAll)
  afterEach(cleanup)

  it('shows the title and one paragraph per canonical paragraph in a focusable article', async () => {
    const { doc, text } = await seed()
    const { article } = await renderReader(doc.id)
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(doc.title)
    expect(article.getAttribute('aria-label')).toBe(doc.title)
    expect(article.getAttribute('tabindex')).toBe('0')
    const paragraphs = [...article.querySelectorAll('p')].map((p) => p.textContent)
    expect(paragraphs).toEqual(text.split('\n\n'))
  })

  it('draws stored annotations as highlight spans carrying their ids, overlaps included', async () => {
    const { doc, text } = await seed()
    const a = await createAnnotation({
      documentId: doc.id,
      ...at(text, 'The secretary said the plan'),
      values: { stance: 'stance.in_favour' },
      memo: '',
    })
    const b = await createAnnotation({
      documentId: doc.id,
      ...at(text, 'the plan would work'),
      values: {},
      memo: 'paraphrase?',
    })
    const { article } = await renderReader(doc.id)
    await waitFor(() => expect(article.querySelectorAll('[data-ids]').length).toBe(3))
    const segments = [...article.querySelectorAll('[data-ids]')]
    expect(segments.map((s) => s.getAttribute('data-ids'))).toEqual([a.id, `${a.id} ${b.id}`, b.id])
    expect(segments[1]?.textContent).toBe('the plan')
    expect(segments[1]?.className).toContain('hl-2')
  })

  it('puts a trimmed keyboard selection into the session in canonical offsets', async () => {
    const { doc, text } = await seed()
    const { article, editor } = await renderReader(doc.id)
    const map = createOffsetMap(text)
    const quote = at(text, 'Critics said')
    // One space before the quote is selected too; it is trimmed away.
    act(() => {
      editor.commands.setTextSelection({
        from: map.toPos(quote.start - 1),
        to: map.toPos(quote.end),
      })
    })
    // The selection is read when a selection key is released (a mouse click in happy-dom would
    // collapse ProseMirror's selection at the click point, as a real click does).
    fireEvent.keyUp(article, { key: 'ArrowRight', shiftKey: true })
    await waitFor(() => expect(useSession.getState().selection).toEqual(quote))
    expect(useSession.getState().activeAnnotationId).toBeNull()
    // Collapsing the selection clears it.
    act(() => {
      editor.commands.setTextSelection(map.toPos(quote.end))
    })
    fireEvent.keyUp(article, { key: 'ArrowLeft' })
    await waitFor(() => expect(useSession.getState().selection).toBeNull())
  })

  it('activates the annotation under a click when nothing is selected', async () => {
    const { doc, text } = await seed()
    const a = await createAnnotation({
      documentId: doc.id,
      ...at(text, 'A third paragraph'),
      values: { stance: 'stance.neutral' },
      memo: '',
    })
    const { article } = await renderReader(doc.id)
    const highlight = await waitFor(() => {
      const el = article.querySelector(`[data-ids="${a.id}"]`)
      if (!el) throw new Error('not drawn yet')
      return el
    })
    fireEvent.mouseDown(highlight)
    fireEvent.mouseUp(highlight)
    await waitFor(() => expect(useSession.getState().activeAnnotationId).toBe(a.id))
    await waitFor(() => expect(article.querySelector('.hl-active')).not.toBeNull())
  })
})
