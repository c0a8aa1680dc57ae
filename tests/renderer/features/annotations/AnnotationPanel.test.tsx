import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createAnnotation } from '../../../../src/renderer/actions/annotationActions'
import { addPastedText } from '../../../../src/renderer/actions/documentActions'
import { createProject } from '../../../../src/renderer/actions/projectActions'
import { createSpeaker } from '../../../../src/renderer/actions/speakerActions'
import { db } from '../../../../src/renderer/db/NewscoderDb'
import { AnnotationPanel } from '../../../../src/renderer/features/annotations/AnnotationPanel'
import { useSession } from '../../../../src/renderer/state/sessionStore'
import { resetAll } from '../../helpers/resetDb'

const TEXT =
  'Border plan draws fire\n\nThe secretary defended the plan. Critics attacked it. A judge stayed out of it.'

async function seed() {
  const project = await createProject('Test')
  const doc = await addPastedText(project.id, 'Border plan draws fire', TEXT)
  if (!doc) throw new Error('no document')
  const text = (await db.texts.get(doc.id))?.text ?? ''
  const tag = (quote: string, values: Record<string, string>, memo = '') => {
    const start = text.indexOf(quote)
    return createAnnotation({ documentId: doc.id, start, end: start + quote.length, values, memo })
  }
  return { project, doc, tag }
}

const rows = () =>
  within(screen.getByRole('list', { name: 'Coded spans' }))
    .queryAllByRole('button')
    .map((b) => b.querySelector('.nc-annotation-row__quote')?.textContent)

// happy-dom does no layout, so every element is 0 px tall and the virtualised list would show
// no rows; give elements a viewport-like height, as a browser would.
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

describe('AnnotationPanel', () => {
  beforeEach(resetAll)
  afterEach(cleanup)

  it('says how to start when the document has no coded spans', async () => {
    const { project, doc } = await seed()
    render(<AnnotationPanel documentId={doc.id} projectId={project.id} />)
    await screen.findByText('No spans coded yet. Select text in the article to tag it.')
    expect(screen.getByRole('heading', { name: /Annotations/ }).textContent).toContain('(0)')
  })

  it('lists spans in text order with their code chips, whatever order they were coded in', async () => {
    const { project, doc, tag } = await seed()
    const mayorkas = await createSpeaker(project.id, 'Alejandro Mayorkas')
    await tag('Critics attacked it.', { stance: 'stance.against' })
    await tag(
      'The secretary defended the plan.',
      {
        stance: 'stance.in_favour',
        speaker: mayorkas.id,
        source_type: 'source_type.official.executive',
      },
      'strong wording',
    )
    await tag('A judge stayed out of it.', { stance: 'stance.no_stance' })
    render(<AnnotationPanel documentId={doc.id} projectId={project.id} />)
    await waitFor(() => expect(rows()).toHaveLength(3))
    expect(rows()).toEqual([
      '“The secretary defended the plan.”',
      '“Critics attacked it.”',
      '“A judge stayed out of it.”',
    ])
    const first = within(screen.getByRole('list', { name: 'Coded spans' })).getAllByRole(
      'button',
    )[0]
    // Rows come from the span store, labels from the codebook query: wait for both.
    await waitFor(() => expect(first?.textContent).toContain('In favour'))
    expect(first?.textContent).toContain('Alejandro Mayorkas')
    expect(first?.textContent).toContain('Executive')
    expect(first?.textContent).toContain('strong wording')
    expect(screen.getByRole('heading', { name: /Annotations/ }).textContent).toContain('(3)')
  })

  it('filters the list by one of the codes in use and counts what is shown', async () => {
    const { project, doc, tag } = await seed()
    await tag('Critics attacked it.', { stance: 'stance.against' })
    await tag('The secretary defended the plan.', { stance: 'stance.in_favour' })
    render(<AnnotationPanel documentId={doc.id} projectId={project.id} />)
    await waitFor(() => expect(rows()).toHaveLength(2))
    const filter = screen.getByLabelText('Filter by code') as HTMLSelectElement
    await waitFor(() =>
      expect([...filter.options].map((o) => o.textContent)).toEqual([
        'All codes',
        'Stance: Against',
        'Stance: In favour',
      ]),
    )
    const against = [...filter.options].find((o) => o.textContent === 'Stance: Against')
    fireEvent.change(filter, { target: { value: against?.value } })
    expect(useSession.getState().codeFilter).toEqual({
      dimensionId: 'stance',
      value: 'stance.against',
    })
    await waitFor(() => expect(rows()).toEqual(['“Critics attacked it.”']))
    expect(screen.getByRole('heading', { name: /Annotations/ }).textContent).toContain('1 of 2')
  })

  it('flashes and activates the span of a clicked row', async () => {
    const { project, doc, tag } = await seed()
    const a = await tag('Critics attacked it.', { stance: 'stance.against' })
    render(<AnnotationPanel documentId={doc.id} projectId={project.id} />)
    await waitFor(() => expect(rows()).toHaveLength(1))
    fireEvent.click(
      within(screen.getByRole('list', { name: 'Coded spans' })).getAllByRole(
        'button',
      )[0] as HTMLElement,
    )
    expect(useSession.getState().activeAnnotationId).toBe(a.id)
    expect(useSession.getState().flash?.annotationId).toBe(a.id)
  })
})
