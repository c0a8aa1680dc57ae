import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { createAnnotation } from '../../../../src/renderer/actions/annotationActions'
import { addPastedText } from '../../../../src/renderer/actions/documentActions'
import { createProject } from '../../../../src/renderer/actions/projectActions'
import { db } from '../../../../src/renderer/db/NewscoderDb'
import { OverlayHost } from '../../../../src/renderer/features/shell/OverlayHost'
import { useSession } from '../../../../src/renderer/state/sessionStore'
import { resetAppState } from '../shell/resetAppState'

async function openEditor() {
  const project = await createProject('Frames', {
    codebook: { kind: 'template', template: 'policy-frames' },
  })
  const doc = await addPastedText(project.id, 'T', 'Title\n\nSome body text here to code.')
  const annotation = await createAnnotation({
    documentId: doc!.id,
    start: 7,
    end: 11,
    values: { frame: ['frame.crime'] },
    memo: '',
  })
  useSession.getState().openProject(project.id)
  useSession.getState().setOverlay('codebook')
  render(<OverlayHost />)
  const editor = await screen.findByRole('dialog', { name: 'Codebook' })
  await within(editor).findByRole('button', { name: /^Crime and punishment/ })
  return { project, annotation, editor }
}

const codebook = async (projectId: string) =>
  (await db.codebooks.where('projectId').equals(projectId).first())!

describe('Codebook editor', () => {
  beforeEach(resetAppState)

  it('lists the dimensions with kind, scope and move buttons, the first one open', async () => {
    const { editor } = await openEditor()
    const list = within(editor).getByRole('list', { name: 'Dimensions' })
    expect(within(list).getAllByRole('listitem')).toHaveLength(6)
    expect(within(list).getByRole('button', { name: /^Frame/ }).textContent).toContain(
      'multiple choice · spans',
    )
    expect(within(list).getByRole('button', { name: 'Move Frame up' })).toHaveProperty(
      'disabled',
      true,
    )
  })

  it('renames a value on Enter, keeping the coding, and records a version', async () => {
    const { project, annotation, editor } = await openEditor()
    fireEvent.click(within(editor).getByRole('button', { name: /^Crime and punishment/ }))
    const label = within(editor).getByLabelText('Label')
    fireEvent.change(label, { target: { value: 'Crime' } })
    fireEvent.keyDown(label, { key: 'Enter' })
    await within(editor).findByRole('button', { name: /^Crime shortcut/ })
    expect((await codebook(project.id)).version).toBe(2)
    expect((await db.annotations.get(annotation.id))?.values).toEqual({ frame: ['frame.crime'] })
    expect(within(editor).getByRole('status').textContent).toContain('Renamed value')
  })

  it('deletes a used value by merging, after saying how many annotations use it; Undo restores', async () => {
    const { project, annotation, editor } = await openEditor()
    fireEvent.click(within(editor).getByRole('button', { name: /^Crime and punishment/ }))
    fireEvent.click(within(editor).getByRole('button', { name: 'Delete value' }))
    const dialog = await screen.findByRole('dialog', { name: 'Delete “Crime and punishment”' })
    await within(dialog).findByText('“Crime and punishment” is used by 1 annotation.')
    fireEvent.change(within(dialog).getByLabelText('Merge into value'), {
      target: { value: 'frame.security' },
    })
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete value' }))
    await waitFor(async () =>
      expect((await db.annotations.get(annotation.id))?.values).toEqual({
        frame: ['frame.security'],
      }),
    )
    fireEvent.click(await within(editor).findByRole('button', { name: 'Undo' }))
    await waitFor(async () =>
      expect((await db.annotations.get(annotation.id))?.values).toEqual({ frame: ['frame.crime'] }),
    )
    expect((await codebook(project.id)).dimensions[0]?.values).toHaveLength(15)
  })

  it('lists shortcut conflicts as an alert and says why a refused edit changed nothing', async () => {
    const { project, editor } = await openEditor()
    fireEvent.click(within(editor).getByRole('button', { name: /^Economic/ }))
    const key = within(editor).getByLabelText('Shortcut key')
    fireEvent.change(key, { target: { value: 's' } })
    fireEvent.blur(key)
    const alert = await within(editor).findByRole('alert')
    expect(alert.textContent).toContain(
      'Key “s” of “Economic” (Frame) is reserved for the Speaker box.',
    )

    const column = within(editor).getByLabelText('Export column')
    fireEvent.change(column, { target: { value: 'memo' } })
    fireEvent.keyDown(column, { key: 'Enter' })
    await within(editor).findByText(/The column “memo” is taken/)
    expect((await codebook(project.id)).dimensions[0]?.column).toBe('frame')
  })

  it('adds a dimension and sets its skip logic', async () => {
    const { project, editor } = await openEditor()
    fireEvent.change(within(editor).getByLabelText('New dimension'), {
      target: { value: 'Victim mentioned' },
    })
    fireEvent.click(within(editor).getByRole('button', { name: 'Add dimension' }))
    await within(editor).findByRole('button', { name: /^Victim mentioned/ })
    const show = await within(editor).findByLabelText('Show only when')
    fireEvent.change(show, { target: { value: 'relevance' } })
    await waitFor(async () =>
      expect((await codebook(project.id)).dimensions.at(-1)).toMatchObject({
        column: 'victim_mentioned',
        showWhen: { dimensionId: 'relevance', valueIds: ['relevance.relevant'] },
      }),
    )
  })
})
