import { beforeEach, describe, expect, it } from 'vitest'
import {
  createAnnotation,
  deleteAnnotation,
  updateAnnotationCodes,
} from '../../../src/renderer/actions/annotationActions'
import { readOnlyReason } from '../../../src/renderer/actions/annotationOwnership'
import { addPastedText } from '../../../src/renderer/actions/documentActions'
import { createProject } from '../../../src/renderer/actions/projectActions'
import { db } from '../../../src/renderer/db/NewscoderDb'
import { useSession } from '../../../src/renderer/state/sessionStore'
import { CONSENSUS_CODER } from '../../../src/shared/agreement/consensusCoder'
import { resetAll } from '../helpers/resetDb'

const TEXT = 'Headline here\n\nThe secretary said we will act. Critics disagreed.'

async function spanBy(coder: string) {
  const project = await createProject('Study')
  const doc = await addPastedText(project.id, 'Headline here', TEXT)
  if (!doc) throw new Error('no document')
  useSession.getState().setCoder(coder)
  const start = TEXT.indexOf('we will')
  return createAnnotation({
    documentId: doc.id,
    start,
    end: start + 7,
    values: { stance: 'stance.against' },
    memo: '',
  })
}

describe('annotation ownership', () => {
  beforeEach(resetAll)

  it('labels another coder’s span and the Consensus layer read-only, and not one’s own', () => {
    expect(readOnlyReason({ coder: 'Ben' }, 'Ana')).toBe('Coded by Ben — read-only')
    expect(readOnlyReason({ coder: CONSENSUS_CODER }, 'Ana')).toBe(
      'Consensus layer — change it in Adjudication',
    )
    expect(readOnlyReason({ coder: 'Ana' }, 'Ana')).toBeNull()
  })

  it('refuses to change or delete another coder’s span, naming its coder, and leaves it as it was', async () => {
    const span = await spanBy('Ben')
    useSession.getState().setCoder('Ana')
    await expect(
      updateAnnotationCodes(span.id, { values: { stance: 'stance.neutral' }, memo: '' }),
    ).rejects.toThrow('This span was coded by Ben; only Ben can change or delete it.')
    await expect(deleteAnnotation(span.id)).rejects.toThrow('coded by Ben')
    const stored = await db.annotations.get(span.id)
    expect(stored?.values).toEqual({ stance: 'stance.against' })
    expect(stored?.deletedAt).toBeNull()
  })

  it('refuses to change a Consensus span outside adjudication', async () => {
    const span = await spanBy('Ana')
    await db.annotations.update(span.id, { coder: CONSENSUS_CODER })
    await expect(deleteAnnotation(span.id)).rejects.toThrow(
      'This span belongs to the Consensus layer; change it through Adjudication.',
    )
  })

  it('still lets coders change and delete their own spans', async () => {
    const span = await spanBy('Ana')
    await updateAnnotationCodes(span.id, { values: { stance: 'stance.neutral' }, memo: 'x' })
    await deleteAnnotation(span.id)
    const stored = await db.annotations.get(span.id)
    expect(stored?.values).toEqual({ stance: 'stance.neutral' })
    expect(stored?.deletedAt).not.toBeNull()
  })
})
