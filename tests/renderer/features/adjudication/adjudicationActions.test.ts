import { beforeEach, describe, expect, it } from 'vitest'
import { acceptVersion, loadDecisions } from '../../../../src/renderer/actions/adjudicationActions'
import { createAnnotation } from '../../../../src/renderer/actions/annotationActions'
import { addPastedText } from '../../../../src/renderer/actions/documentActions'
import { createProject } from '../../../../src/renderer/actions/projectActions'
import { changeCoder } from '../../../../src/renderer/actions/settingsActions'
import { db } from '../../../../src/renderer/db/NewscoderDb'
import { useSession } from '../../../../src/renderer/state/sessionStore'
import { resetAll } from '../../helpers/resetDb'

const TEXT = 'Headline\n\nShe said the plan will fail. He agreed.'

describe('adjudication', () => {
  beforeEach(resetAll)

  it('stores an accepted version as a Consensus annotation and records who, when, from whom and why', async () => {
    const project = await createProject('Study')
    const doc = await addPastedText(project.id, 'Headline', TEXT)
    const start = TEXT.indexOf('the plan')
    useSession.getState().setCoder('Bob')
    const bob = await createAnnotation({
      documentId: doc!.id,
      start,
      end: start + 18,
      values: { stance: 'stance.neutral' },
      memo: 'reported',
    })
    useSession.getState().setCoder('Alice')
    const alice = await createAnnotation({
      documentId: doc!.id,
      start,
      end: start + 18,
      values: { stance: 'stance.against' },
      memo: '',
    })

    const consensus = await acceptVersion(bob, [alice.id, bob.id], 'Reported speech', 'Alice')
    expect(consensus).toMatchObject({
      coder: 'Consensus',
      start,
      end: start + 18,
      values: { stance: 'stance.neutral' },
      memo: 'reported',
    })
    const [decision] = await loadDecisions(project.id)
    expect(decision).toMatchObject({
      consensusId: consensus.id,
      fromCoder: 'Bob',
      fromAnnotationId: bob.id,
      reason: 'Reported speech',
      decidedBy: 'Alice',
    })

    // A second decision on the same unit replaces the consensus; both decisions are kept.
    const second = await acceptVersion(alice, [alice.id, bob.id], 'Second look', 'Alice')
    expect((await db.annotations.get(consensus.id))?.deletedAt).not.toBeNull()
    expect((await db.annotations.get(second.id))?.deletedAt).toBeNull()
    expect(await loadDecisions(project.id)).toHaveLength(2)
  })

  it('needs a reason', async () => {
    const project = await createProject('Study')
    const doc = await addPastedText(project.id, 'Headline', TEXT)
    const a = await createAnnotation({
      documentId: doc!.id,
      start: 0,
      end: 8,
      values: { stance: 'stance.neutral' },
      memo: '',
    })
    await expect(acceptVersion(a, [a.id], '  ', 'Alice')).rejects.toThrow('Give a reason')
  })

  it('refuses the reserved name Consensus as a coder name', async () => {
    await expect(changeCoder(' consensus ')).rejects.toThrow('reserved')
  })
})
