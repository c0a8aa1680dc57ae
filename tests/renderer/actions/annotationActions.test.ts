import { beforeEach, describe, expect, it } from 'vitest'
import {
  createAnnotation,
  deleteAnnotation,
  documentAnnotations,
  updateAnnotationCodes,
} from '../../../src/renderer/actions/annotationActions'
import { addPastedText } from '../../../src/renderer/actions/documentActions'
import { createProject } from '../../../src/renderer/actions/projectActions'
import { createSpeaker, usualSourceType } from '../../../src/renderer/actions/speakerActions'
import {
  onAnnotationChange,
  type AnnotationChange,
} from '../../../src/renderer/actions/annotationEvents'
import { redo, undo, useUndoStack } from '../../../src/renderer/actions/undoStack'
import { db } from '../../../src/renderer/db/NewscoderDb'
import { useSession } from '../../../src/renderer/state/sessionStore'
import { resetAll } from '../helpers/resetDb'

const TEXT = 'Headline here\n\nThe secretary said “we will act”. Critics disagreed.'

async function setup() {
  const project = await createProject('Test')
  const doc = await addPastedText(project.id, 'Headline here', TEXT)
  if (!doc) throw new Error('no doc')
  return { project, doc }
}

describe('annotation actions', () => {
  beforeEach(resetAll)

  it('stores a span with its exact quote, context, text hash and the current coder', async () => {
    useSession.getState().setCoder('Ana')
    const { doc } = await setup()
    const start = TEXT.indexOf('“we')
    const end = TEXT.indexOf('”.') + 1
    const a = await createAnnotation({
      documentId: doc.id,
      start,
      end,
      values: { stance: 'stance.against' },
      memo: ' note ',
    })
    const stored = await db.annotations.get(a.id)
    expect(stored?.exact).toBe('“we will act”')
    expect(stored?.prefix.endsWith('said ')).toBe(true)
    expect(stored?.suffix.startsWith('. Critics')).toBe(true)
    expect(stored?.textHash).toBe(doc.textHash)
    expect(stored?.coder).toBe('Ana')
    expect(stored?.memo).toBe('note')
    expect(stored?.codebookVersion).toBe(1)
  })

  it('refuses a range outside the text and stores nothing', async () => {
    const { doc } = await setup()
    await expect(
      createAnnotation({ documentId: doc.id, start: 5, end: 5000, values: {}, memo: 'x' }),
    ).rejects.toThrow(/outside the text/)
    expect(await db.annotations.count()).toBe(0)
  })

  it('undoes and redoes creation, editing and deletion', async () => {
    const { doc } = await setup()
    const a = await createAnnotation({
      documentId: doc.id,
      start: 16,
      end: 29,
      values: { stance: 'stance.against' },
      memo: '',
    })
    await updateAnnotationCodes(a.id, { values: { stance: 'stance.in_favour' }, memo: 'm' })
    await deleteAnnotation(a.id)
    expect(await documentAnnotations(doc.id)).toHaveLength(0)

    expect(await undo()).toBe('Delete span')
    expect((await documentAnnotations(doc.id))[0]?.values).toEqual({ stance: 'stance.in_favour' })
    expect(await undo()).toBe('Edit codes')
    expect((await documentAnnotations(doc.id))[0]?.values).toEqual({ stance: 'stance.against' })
    expect(await undo()).toBe('Tag span')
    expect(await documentAnnotations(doc.id)).toHaveLength(0)
    expect(await undo()).toBeNull()

    expect(await redo()).toBe('Tag span')
    expect(await redo()).toBe('Edit codes')
    expect((await documentAnnotations(doc.id))[0]?.memo).toBe('m')
    expect(await redo()).toBe('Delete span')
    expect(await documentAnnotations(doc.id)).toHaveLength(0)
    // A deleted span is in the trash, not gone.
    expect(await db.annotations.count()).toBe(1)
  })

  it('drops empty codes and records no undo step for an edit that changes nothing', async () => {
    const { doc } = await setup()
    const a = await createAnnotation({
      documentId: doc.id,
      start: 16,
      end: 29,
      values: { stance: 'stance.against', speaker: '', quote_type: [] },
      memo: '',
    })
    expect(a.values).toEqual({ stance: 'stance.against' })
    const steps = useUndoStack.getState().past.length
    await updateAnnotationCodes(a.id, { values: { stance: 'stance.against' }, memo: '' })
    expect(useUndoStack.getState().past.length).toBe(steps)
  })

  it("learns a new speaker's source type as their default for pre-filling", async () => {
    const { project, doc } = await setup()
    const speaker = await createSpeaker(project.id, 'Alejandro Mayorkas')
    expect(await usualSourceType(speaker.id)).toBeNull()
    await createAnnotation({
      documentId: doc.id,
      start: 16,
      end: 29,
      values: { speaker: speaker.id, source_type: 'source_type.official.executive' },
      memo: '',
    })
    expect(await usualSourceType(speaker.id)).toBe('source_type.official.executive')
  })

  it('announces every write, undo and redo to the open views', async () => {
    const { doc } = await setup()
    const seen: string[] = []
    const stop = onAnnotationChange((c: AnnotationChange) => seen.push(c.kind))
    const a = await createAnnotation({
      documentId: doc.id,
      start: 16,
      end: 29,
      values: {},
      memo: 'x',
    })
    await updateAnnotationCodes(a.id, { values: {}, memo: 'y' })
    await deleteAnnotation(a.id)
    await undo()
    await redo()
    stop()
    expect(seen).toEqual(['upsert', 'upsert', 'remove', 'upsert', 'remove'])
  })
})
