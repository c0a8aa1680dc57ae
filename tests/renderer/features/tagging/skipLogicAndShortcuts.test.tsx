import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Dimension } from '../../../../src/shared/domain/codebook'
import { documentAnnotations } from '../../../../src/renderer/actions/annotationActions'
import { addPastedText } from '../../../../src/renderer/actions/documentActions'
import { createProject } from '../../../../src/renderer/actions/projectActions'
import { db } from '../../../../src/renderer/db/NewscoderDb'
import { applicableValues, shownDimensions } from '../../../../src/shared/codebook/applicableValues'
import { TaggingPanel } from '../../../../src/renderer/features/tagging/TaggingPanel'
import { valueShortcuts } from '../../../../src/renderer/features/tagging/valueShortcuts'
import { useSession } from '../../../../src/renderer/state/sessionStore'
import { resetAll } from '../../helpers/resetDb'

const dimension = (id: string, shortcuts: string[], extra: Partial<Dimension> = {}): Dimension => ({
  id,
  name: id,
  column: id,
  description: '',
  kind: 'single',
  scope: 'span',
  required: false,
  values: shortcuts.map((shortcut, i) => ({
    id: `${id}.${i}`,
    label: `${id} ${i}`,
    definition: '',
    parentId: null,
    color: '',
    shortcut,
    rank: null,
  })),
  showWhen: null,
  ...extra,
})

// identification → justified (only when anonymous, value 1) → reason (only when justified yes).
const chain = [
  dimension('identification', ['a', 'n']),
  dimension('justified', ['y', 'x'], {
    showWhen: { dimensionId: 'identification', valueIds: ['identification.0'] },
  }),
  dimension('reason', ['', ''], {
    kind: 'text',
    showWhen: { dimensionId: 'justified', valueIds: ['justified.0'] },
  }),
]

describe('skip logic helpers', () => {
  it('hides a dimension whose controlling value is absent, and what depends on it in turn', () => {
    const values = { identification: 'identification.1', justified: 'justified.0', reason: 'r' }
    expect(shownDimensions(chain, values).map((d) => d.id)).toEqual(['identification'])
    expect(applicableValues(chain, values)).toEqual({ identification: 'identification.1' })
    const anonymous = { ...values, identification: 'identification.0' }
    expect(applicableValues(chain, anonymous)).toEqual(anonymous)
  })

  it('keeps values of dimensions it was not given (another scope)', () => {
    expect(applicableValues(chain, { tone: 't' })).toEqual({ tone: 't' })
  })
})

describe('valueShortcuts', () => {
  it('maps every choice value’s key, case-insensitively', () => {
    const keys = valueShortcuts([dimension('frame', ['E', 'c'])])
    expect(keys.get('e')?.valueId).toBe('frame.0')
    expect(keys.get('c')?.valueId).toBe('frame.1')
  })

  it('ignores keys given to two values and the field keys s, t and m', () => {
    const keys = valueShortcuts([dimension('frame', ['1', '2', 's']), dimension('tone', ['1'])])
    expect(keys.has('1')).toBe(false)
    expect(keys.has('s')).toBe(false)
    expect(keys.get('2')?.valueId).toBe('frame.1')
  })
})

describe('TaggingPanel with skip logic', () => {
  beforeEach(resetAll)
  afterEach(cleanup)

  async function open() {
    const project = await createProject('Skip')
    const text = 'Headline\n\nSources said the plan would fail.'
    const doc = await addPastedText(project.id, 'Headline', text)
    if (!doc) throw new Error('no document')
    await db.codebooks.where('projectId').equals(project.id).modify({ dimensions: chain })
    const start = text.indexOf('the plan')
    act(() => useSession.getState().setSelection({ start, end: start + 8 }))
    render(<TaggingPanel documentId={doc.id} projectId={project.id} />)
    await screen.findByLabelText('identification')
    // The form appears after an async codebook read; let its key listener subscribe before typing.
    await act(async () => {})
    return doc
  }

  it('shows a dimension only once its condition holds, and value keys apply it', async () => {
    await open()
    expect(screen.queryByLabelText('justified')).toBeNull()
    fireEvent.keyDown(document.body, { key: 'a' })
    const justified = (await screen.findByLabelText('justified')) as HTMLSelectElement
    fireEvent.keyDown(document.body, { key: 'Y' })
    await waitFor(() => expect(justified.value).toBe('justified.0'))
    expect(screen.getByLabelText('reason')).toBeTruthy()
  })

  it('drops the answers of dimensions hidden again before saving', async () => {
    const doc = await open()
    fireEvent.keyDown(document.body, { key: 'a' })
    fireEvent.keyDown(document.body, { key: 'y' })
    await screen.findByLabelText('reason')
    fireEvent.change(screen.getByLabelText('reason'), { target: { value: 'safety' } })
    fireEvent.keyDown(document.body, { key: 'n' })
    await waitFor(() => expect(screen.queryByLabelText('justified')).toBeNull())
    fireEvent.click(screen.getByRole('button', { name: 'Save' }))
    await waitFor(async () => expect(await documentAnnotations(doc.id)).toHaveLength(1))
    const [span] = await documentAnnotations(doc.id)
    expect(span?.values).toEqual({ identification: 'identification.1' })
  })
})
