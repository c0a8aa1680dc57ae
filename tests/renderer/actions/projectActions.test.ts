import { beforeEach, describe, expect, it } from 'vitest'
import { createAnnotation } from '../../../src/renderer/actions/annotationActions'
import { addPastedText } from '../../../src/renderer/actions/documentActions'
import {
  countProjectContents,
  createProject,
  deleteProject,
  listProjects,
  renameProject,
  restoreProject,
} from '../../../src/renderer/actions/projectActions'
import { createSpeaker } from '../../../src/renderer/actions/speakerActions'
import { db } from '../../../src/renderer/db/NewscoderDb'
import { resetAll } from '../helpers/resetDb'

describe('project and document actions', () => {
  beforeEach(resetAll)

  it('creates a project with the Sourcing and stance codebook', async () => {
    const p = await createProject('  Immigration 2021 ')
    expect(p.name).toBe('Immigration 2021')
    const codebook = await db.codebooks.where('projectId').equals(p.id).first()
    expect(codebook?.dimensions.map((d) => d.name)).toEqual([
      'Stance',
      'Stance target',
      'Speaker',
      'Source type',
      'Identification',
      'Information, not opinion',
      'Not available otherwise',
      'Reliable source in a position to know',
      'Reason for anonymity given',
      'Described as specifically as possible',
      'Quote type',
    ])
  })

  it('refuses an empty project name', async () => {
    await expect(createProject('   ')).rejects.toThrow(/needs a name/)
    await createProject('A')
    const [p] = await listProjects()
    await expect(renameProject(p!.id, '')).rejects.toThrow(/needs a name/)
  })

  it('counts what goes with a deleted project, and restores it with everything', async () => {
    const p = await createProject('P')
    const doc = await addPastedText(p.id, 'T', 'Title\n\nSome body text here.')
    await createAnnotation({ documentId: doc!.id, start: 7, end: 11, values: {}, memo: 'x' })
    expect(await countProjectContents(p.id)).toEqual({ documents: 1, annotations: 1 })
    await deleteProject(p.id)
    expect(await listProjects()).toHaveLength(0)
    await restoreProject(p.id)
    expect(await listProjects()).toHaveLength(1)
    expect(await countProjectContents(p.id)).toEqual({ documents: 1, annotations: 1 })
  })

  it('does nothing when the pasted text is only whitespace', async () => {
    const p = await createProject('P')
    expect(await addPastedText(p.id, 'T', '  \n\t ')).toBeNull()
    expect(await db.documents.count()).toBe(0)
  })

  it('never creates a second speaker for a name that differs only in case or accents', async () => {
    const p = await createProject('P')
    const a = await createSpeaker(p.id, 'Recep Erdoğan')
    const b = await createSpeaker(p.id, 'recep  erdogan')
    expect(b.id).toBe(a.id)
    expect(await db.speakers.count()).toBe(1)
  })
})
