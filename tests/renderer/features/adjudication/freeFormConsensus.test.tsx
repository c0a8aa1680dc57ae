import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loadDecisions, writeConsensus } from '../../../../src/renderer/actions/adjudicationActions'
import { createAnnotation } from '../../../../src/renderer/actions/annotationActions'
import { addPastedText } from '../../../../src/renderer/actions/documentActions'
import { createProject } from '../../../../src/renderer/actions/projectActions'
import { db } from '../../../../src/renderer/db/NewscoderDb'
import { AdjudicationDialog } from '../../../../src/renderer/features/adjudication/AdjudicationDialog'
import { useSession } from '../../../../src/renderer/state/sessionStore'
import { resetAll } from '../../helpers/resetDb'

const TEXT = 'Headline\n\nShe said the plan will fail. He agreed.'
const QUOTE = 'the plan will fail'

/** Bob and Alice mark the same quote with different stances. */
async function disagreement() {
  const project = await createProject('Study')
  const doc = await addPastedText(project.id, 'Headline', TEXT)
  if (!doc) throw new Error('no document')
  const start = TEXT.indexOf(QUOTE)
  const span = (stance: string) =>
    createAnnotation({
      documentId: doc.id,
      start,
      end: start + QUOTE.length,
      values: { stance },
      memo: '',
    })
  useSession.getState().setCoder('Bob')
  const bob = await span('stance.neutral')
  useSession.getState().setCoder('Alice')
  const alice = await span('stance.against')
  return { project, doc, bob, alice, start }
}

describe('free-form consensus', () => {
  beforeEach(resetAll)
  afterEach(cleanup)

  it('stores values written from scratch and records who, when, from no version, and why', async () => {
    const { project, doc, bob, alice, start } = await disagreement()
    const before = Date.now()
    const consensus = await writeConsensus(
      doc.id,
      { start, end: start + QUOTE.length, values: { stance: 'stance.in_favour' }, memo: 'irony' },
      null,
      [bob.id, alice.id],
      'Both missed the irony',
      'Carla',
    )
    expect(consensus).toMatchObject({
      coder: 'Consensus',
      values: { stance: 'stance.in_favour' },
      memo: 'irony',
    })
    const [decision] = await loadDecisions(project.id)
    expect(decision).toMatchObject({
      consensusId: consensus.id,
      fromCoder: null,
      fromAnnotationId: null,
      basis: 'free-form',
      reason: 'Both missed the irony',
      decidedBy: 'Carla',
    })
    expect(decision!.decidedAt).toBeGreaterThanOrEqual(before)
  })

  it('records an edit of a coder’s version as such', async () => {
    const { project, doc, bob, alice, start } = await disagreement()
    const draft = { start, end: start + 8, values: { stance: 'stance.against' }, memo: '' }
    await writeConsensus(doc.id, draft, bob, [bob.id, alice.id], 'Shorter span', 'Alice')
    expect((await loadDecisions(project.id))[0]).toMatchObject({
      fromCoder: 'Bob',
      fromAnnotationId: bob.id,
      basis: 'edited',
    })
  })

  it('needs a reason and at least one code', async () => {
    const { doc, bob, start } = await disagreement()
    const draft = { start, end: start + 8, values: { stance: 'stance.against' }, memo: '' }
    await expect(writeConsensus(doc.id, draft, null, [bob.id], ' ', 'Alice')).rejects.toThrow(
      'Give a reason for the decision.',
    )
    await expect(
      writeConsensus(doc.id, { ...draft, values: {} }, null, [bob.id], 'why', 'Alice'),
    ).rejects.toThrow('Choose at least one consensus code or write a memo.')
  })

  it('is written in the dialog with the codebook’s controls and a required reason', async () => {
    const { project, doc } = await disagreement()
    act(() => {
      useSession.getState().openProject(project.id)
      useSession.getState().openDocument(doc.id)
      useSession.getState().setCoder('Carla')
    })
    render(<AdjudicationDialog />)
    const unit = await screen.findByRole('listitem', { name: 'Unit 1' })
    fireEvent.click(within(unit).getByRole('button', { name: 'Write a consensus for Unit 1' }))
    const form = within(unit).getByRole('form', { name: 'Consensus for Unit 1' })
    expect(within(form).getByText('Free-form consensus')).toBeTruthy()
    expect(within(form).getByRole('combobox', { name: 'Boundaries' })).toHaveProperty(
      'value',
      'union',
    )
    fireEvent.click(within(form).getByRole('radio', { name: 'In favour' }))
    fireEvent.click(within(form).getByRole('button', { name: 'Save consensus' }))
    expect(await screen.findByRole('alert')).toHaveProperty(
      'textContent',
      'Give a reason for the decision.',
    )
    fireEvent.change(within(unit).getByRole('textbox', { name: 'Reason for Unit 1' }), {
      target: { value: 'Both missed the irony' },
    })
    fireEvent.click(within(form).getByRole('button', { name: 'Save consensus' }))
    await waitFor(async () => expect(await loadDecisions(project.id)).toHaveLength(1))
    const consensus = (await db.annotations.toArray()).find((a) => a.coder === 'Consensus')
    expect(consensus?.values).toEqual({ stance: 'stance.in_favour' })
    expect((await loadDecisions(project.id))[0]).toMatchObject({
      basis: 'free-form',
      decidedBy: 'Carla',
    })
    expect(
      await within(unit).findByText(/a free-form consensus — Both missed the irony/),
    ).toBeTruthy()
    expect(within(unit).queryByRole('form')).toBeNull()
  })
})
