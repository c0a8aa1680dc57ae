import { beforeEach, describe, expect, it } from 'vitest'
import type { Annotation } from '../../../src/shared/domain/annotation'
import type { AnnotationChange } from '../../../src/renderer/actions/annotationEvents'
import { onAnnotationChange } from '../../../src/renderer/actions/annotationEvents'
import {
  changeCodebook,
  codebookHistory,
  countValueUsage,
} from '../../../src/renderer/actions/codebookActions'
import { createAnnotation } from '../../../src/renderer/actions/annotationActions'
import { addPastedText } from '../../../src/renderer/actions/documentActions'
import { createProject } from '../../../src/renderer/actions/projectActions'
import { redo, undo } from '../../../src/renderer/actions/undoStack'
import { db } from '../../../src/renderer/db/NewscoderDb'
import { useSession } from '../../../src/renderer/state/sessionStore'
import { resetAll } from '../helpers/resetDb'

async function seed() {
  const project = await createProject('P', {
    codebook: { kind: 'template', template: 'policy-frames' },
  })
  const doc = await addPastedText(project.id, 'T', 'Title\n\nSome body text here to code.')
  const tag = (values: Annotation['values']) =>
    createAnnotation({ documentId: doc!.id, start: 7, end: 11, values, memo: '' })
  const a = await tag({ frame: ['frame.crime', 'frame.security'] })
  const b = await tag({ frame: ['frame.crime'] })
  const c = await tag({ frame: ['frame.economic'] })
  await db.articleCodings.add({
    id: 'ac1',
    projectId: project.id,
    documentId: doc!.id,
    coder: 'Coder 1',
    values: { primary_frame: 'primary_frame.crime' },
    status: 'in_progress',
    codebookVersion: 1,
    createdAt: 1,
    updatedAt: 1,
  })
  return { project, doc: doc!, a, b, c }
}

const valuesOf = async (id: string) => (await db.annotations.get(id))?.values
const codebookOf = async (projectId: string) =>
  (await db.codebooks.where('projectId').equals(projectId).first())!

describe('codebook actions', () => {
  beforeEach(resetAll)

  it('creates projects from a template or as a copy of another project’s codebook', async () => {
    const frames = await createProject('Frames', {
      codebook: { kind: 'template', template: 'policy-frames' },
    })
    const empty = await createProject('Empty', {
      codebook: { kind: 'template', template: 'empty' },
    })
    const copy = await createProject('Copy', { codebook: { kind: 'copy', projectId: frames.id } })
    expect((await codebookOf(frames.id)).name).toBe('Policy Frames Codebook')
    expect((await codebookOf(empty.id)).dimensions).toEqual([])
    expect((await codebookOf(copy.id)).dimensions).toEqual((await codebookOf(frames.id)).dimensions)
    const [first] = await codebookHistory(copy.id)
    expect(first?.note).toBe('Copied from the codebook of “Frames” (version 1)')
  })

  it('records every change as a new version with its note and coder, and new tags carry it', async () => {
    const { project, doc } = await seed()
    useSession.getState().setCoder('Ana')
    await changeCodebook(project.id, {
      kind: 'update-value',
      dimensionId: 'frame',
      valueId: 'frame.crime',
      patch: { label: 'Crime' },
    })
    await changeCodebook(project.id, {
      kind: 'add-value',
      dimensionId: 'tone',
      valueId: 'tone.mixed',
      label: 'Mixed',
      parentId: null,
    })
    const history = await codebookHistory(project.id)
    expect(history.map((v) => [v.version, v.coder, v.note])).toEqual([
      [3, 'Ana', 'Added value “Mixed” to “Tone”'],
      [2, 'Ana', 'Renamed value “Crime and punishment” of “Frame” to “Crime”'],
      [1, '', 'Created from the “Policy Frames Codebook” template'],
    ])
    expect(history[1]?.dimensions[0]?.values[6]?.label).toBe('Crime')
    expect((await codebookOf(project.id)).version).toBe(3)
    const later = await createAnnotation({
      documentId: doc.id,
      start: 12,
      end: 16,
      values: { frame: ['frame.crime'] },
      memo: '',
    })
    expect(later.codebookVersion).toBe(3)
  })

  it('renaming keeps every coding untouched', async () => {
    const { project, a } = await seed()
    const before = await db.annotations.get(a.id)
    await changeCodebook(project.id, {
      kind: 'update-value',
      dimensionId: 'frame',
      valueId: 'frame.crime',
      patch: { label: 'Crime' },
    })
    expect(await db.annotations.get(a.id)).toEqual(before)
  })

  it('merges values in annotations and article codings, tells open documents, and undo restores all', async () => {
    const { project, doc, a, b, c } = await seed()
    const changes: AnnotationChange[] = []
    const stop = onAnnotationChange((change) => changes.push(change))
    await changeCodebook(project.id, {
      kind: 'merge-values',
      dimensionId: 'frame',
      fromId: 'frame.crime',
      intoId: 'frame.security',
    })
    expect(await valuesOf(a.id)).toEqual({ frame: ['frame.security'] })
    expect(await valuesOf(b.id)).toEqual({ frame: ['frame.security'] })
    expect(await valuesOf(c.id)).toEqual({ frame: ['frame.economic'] })
    // Article codings of another dimension are left alone: the merge was in "frame".
    expect((await db.articleCodings.get('ac1'))?.values).toEqual({
      primary_frame: 'primary_frame.crime',
    })
    expect(changes).toEqual([{ documentId: doc.id, kind: 'reload' }])
    const frame = (await codebookOf(project.id)).dimensions[0]!
    expect(frame.values.some((v) => v.id === 'frame.crime')).toBe(false)

    expect(await undo()).toBe(
      'Merged value “Crime and punishment” of “Frame” into “Security and defense”',
    )
    expect(await valuesOf(a.id)).toEqual({ frame: ['frame.crime', 'frame.security'] })
    expect(await valuesOf(b.id)).toEqual({ frame: ['frame.crime'] })
    expect((await codebookOf(project.id)).dimensions[0]!.values).toHaveLength(15)
    expect(changes).toHaveLength(2)

    await redo()
    expect(await valuesOf(b.id)).toEqual({ frame: ['frame.security'] })
    const notes = (await codebookHistory(project.id)).map((v) => v.note)
    expect(notes.slice(0, 3)).toEqual([
      'Merged value “Crime and punishment” of “Frame” into “Security and defense”',
      'Undid: Merged value “Crime and punishment” of “Frame” into “Security and defense”',
      'Merged value “Crime and punishment” of “Frame” into “Security and defense”',
    ])
    stop()
  })

  it('counts a value’s uses, then deleting it clears it from codings and article codings, undoably', async () => {
    const { project, a, b } = await seed()
    expect(await countValueUsage(project.id, 'frame', 'frame.crime')).toEqual({
      annotations: 2,
      articleCodings: 0,
    })
    expect(await countValueUsage(project.id, 'primary_frame', 'primary_frame.crime')).toEqual({
      annotations: 0,
      articleCodings: 1,
    })
    await changeCodebook(project.id, {
      kind: 'delete-value',
      dimensionId: 'primary_frame',
      valueId: 'primary_frame.crime',
      mergeInto: null,
    })
    expect((await db.articleCodings.get('ac1'))?.values).toEqual({})
    await changeCodebook(project.id, {
      kind: 'delete-value',
      dimensionId: 'frame',
      valueId: 'frame.crime',
      mergeInto: null,
    })
    expect(await valuesOf(a.id)).toEqual({ frame: ['frame.security'] })
    expect(await valuesOf(b.id)).toEqual({})
    await undo()
    await undo()
    expect(await valuesOf(b.id)).toEqual({ frame: ['frame.crime'] })
    expect((await db.articleCodings.get('ac1'))?.values).toEqual({
      primary_frame: 'primary_frame.crime',
    })
  })

  it('changes nothing, not even the version, when an edit is refused', async () => {
    const { project } = await seed()
    await expect(
      changeCodebook(project.id, {
        kind: 'update-dimension',
        dimensionId: 'tone',
        patch: { column: 'memo' },
      }),
    ).rejects.toThrow(/taken/)
    expect((await codebookOf(project.id)).version).toBe(1)
    expect(await db.codebookVersions.count()).toBe(1)
  })
})
