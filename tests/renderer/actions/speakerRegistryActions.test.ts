import { beforeEach, describe, expect, it } from 'vitest'
import { createAnnotation, deleteAnnotation } from '../../../src/renderer/actions/annotationActions'
import {
  onAnnotationChange,
  type AnnotationChange,
} from '../../../src/renderer/actions/annotationEvents'
import { setArticleValue } from '../../../src/renderer/actions/articleCodingActions'
import { addPastedText } from '../../../src/renderer/actions/documentActions'
import { createProject } from '../../../src/renderer/actions/projectActions'
import { createSpeaker } from '../../../src/renderer/actions/speakerActions'
import {
  deleteSpeaker,
  mergeSpeakers,
  speakerUsage,
  updateSpeaker,
} from '../../../src/renderer/actions/speakerRegistryActions'
import { redo, undo } from '../../../src/renderer/actions/undoStack'
import { db } from '../../../src/renderer/db/NewscoderDb'
import { resetAll } from '../helpers/resetDb'

const TEXT = 'Mayorkas speaks\n\nOne said this. Two said that. Three said more. Four said less.'

async function setup() {
  const project = await createProject('Test')
  const doc = await addPastedText(project.id, 'Mayorkas speaks', TEXT)
  const other = await addPastedText(project.id, 'Second article', 'Second article\n\nFive said.')
  if (!doc || !other) throw new Error('no documents')
  const a = await createSpeaker(project.id, 'Mayorkas')
  const b = await createSpeaker(project.id, 'Alejandro Mayorkas')
  const c = await createSpeaker(project.id, 'Secretary Mayorkas')
  const tag = async (documentId: string, fragment: string, speakerId: string, text = TEXT) => {
    const start = text.indexOf(fragment)
    return createAnnotation({
      documentId,
      start,
      end: start + fragment.length,
      values: { speaker: speakerId },
      memo: '',
    })
  }
  const spans = [
    await tag(doc.id, 'One said', a.id),
    await tag(doc.id, 'Two said', b.id),
    await tag(doc.id, 'Three said', c.id),
    await tag(other.id, 'Five said', a.id, 'Second article\n\nFive said.'),
  ]
  return { project, doc, other, a, b, c, spans }
}

const speakerOf = async (id: string) => (await db.annotations.get(id))?.values.speaker

describe('speaker registry actions', () => {
  beforeEach(resetAll)

  it('counts each speaker’s live spans and documents in one pass', async () => {
    const { project, a, b, spans } = await setup()
    await deleteAnnotation(spans[1]!.id)
    const usage = await speakerUsage(project.id)
    expect(usage.get(a.id)).toEqual({ spans: 2, documents: 2, trashedSpans: 0 })
    expect(usage.get(b.id)).toEqual({ spans: 0, documents: 0, trashedSpans: 1 })
  })

  it('merges speakers in one step: spans rewritten, names kept as aliases, views told to reload', async () => {
    const { project, doc, other, a, b, c, spans } = await setup()
    const changes: AnnotationChange[] = []
    const stop = onAnnotationChange((change) => changes.push(change))
    const merged = await mergeSpeakers({
      projectId: project.id,
      ids: [a.id, b.id, c.id],
      survivorId: b.id,
      name: 'Alejandro Mayorkas',
    })
    stop()
    expect(merged.aliases).toEqual(['Mayorkas', 'Secretary Mayorkas'])
    for (const span of spans) expect(await speakerOf(span.id)).toBe(b.id)
    const registry = await db.speakers.where('projectId').equals(project.id).toArray()
    expect(registry.map((s) => s.name)).toEqual(['Alejandro Mayorkas'])
    expect(changes).toEqual(
      expect.arrayContaining([
        { documentId: doc.id, kind: 'reload' },
        { documentId: other.id, kind: 'reload' },
      ]),
    )
    expect((await speakerUsage(project.id)).get(b.id)).toEqual({
      spans: 4,
      documents: 2,
      trashedSpans: 0,
    })
  })

  it('undoes a merge exactly and redoes it', async () => {
    const { project, a, b, c, spans } = await setup()
    const speakersBefore = await db.speakers.orderBy('id').toArray()
    const spansBefore = await db.annotations.orderBy('id').toArray()
    await mergeSpeakers({
      projectId: project.id,
      ids: [a.id, b.id, c.id],
      survivorId: b.id,
      name: 'Alejandro Mayorkas',
    })
    expect(await undo()).toMatch(/Merge speakers/)
    expect(await db.speakers.orderBy('id').toArray()).toEqual(speakersBefore)
    expect(await db.annotations.orderBy('id').toArray()).toEqual(spansBefore)
    await redo()
    expect(await db.speakers.count()).toBe(1)
    for (const span of spans) expect(await speakerOf(span.id)).toBe(b.id)
  })

  it('rewrites trashed spans and article codings too, so a restore finds the survivor', async () => {
    const { project, doc, a, b, spans } = await setup()
    await db.codebooks
      .where('projectId')
      .equals(project.id)
      .modify((codebook) => {
        codebook.dimensions.push({
          id: 'interviewee',
          name: 'Interviewee',
          column: 'interviewee',
          description: '',
          kind: 'speaker',
          scope: 'article',
          required: false,
          values: [],
          showWhen: null,
        })
      })
    await setArticleValue(doc.id, 'interviewee', a.id)
    await deleteAnnotation(spans[0]!.id)
    await mergeSpeakers({
      projectId: project.id,
      ids: [a.id, b.id],
      survivorId: b.id,
      name: 'Alejandro Mayorkas',
    })
    expect(await speakerOf(spans[0]!.id)).toBe(b.id)
    const coding = await db.articleCodings.where('documentId').equals(doc.id).first()
    expect(coding?.values.interviewee).toBe(b.id)
  })

  it('deletes only a speaker no coding uses, and undo brings it back', async () => {
    const { project, a } = await setup()
    await expect(deleteSpeaker(a.id)).rejects.toThrow(/merge/)
    const unused = await createSpeaker(project.id, 'Jane Roe')
    await deleteSpeaker(unused.id)
    expect(await db.speakers.get(unused.id)).toBeUndefined()
    await undo()
    expect(await db.speakers.get(unused.id)).toEqual(unused)
  })

  it('edits a speaker’s fields, refusing a name or alias that another speaker has', async () => {
    const { a, b } = await setup()
    const edit = {
      name: 'Mayorkas',
      aliases: ['Sec. Mayorkas', ' sec.  mayorkas ', ''],
      defaultSourceType: 'source_type.official.executive',
      affiliation: 'DHS',
      gender: 'male',
      party: 'Democratic',
      notes: '',
    }
    await updateSpeaker(a.id, edit)
    const saved = await db.speakers.get(a.id)
    expect(saved?.aliases).toEqual(['Sec. Mayorkas'])
    expect(saved?.party).toBe('Democratic')
    await undo()
    expect((await db.speakers.get(a.id))?.party).toBeUndefined()
    await expect(updateSpeaker(a.id, { ...edit, aliases: ['alejandro mayorkas'] })).rejects.toThrow(
      /already names Alejandro Mayorkas/,
    )
    expect(b.name).toBe('Alejandro Mayorkas')
  })
})
