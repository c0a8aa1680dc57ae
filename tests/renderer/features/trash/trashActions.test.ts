import { beforeEach, describe, expect, it } from 'vitest'
import { deleteAnnotation } from '../../../../src/renderer/actions/annotationActions'
import { deleteProject } from '../../../../src/renderer/actions/projectActions'
import {
  emptyTrash,
  listTrash,
  restoreDocument,
  restoreTrashedAnnotation,
} from '../../../../src/renderer/actions/trashActions'
import { createProject } from '../../../../src/renderer/actions/projectActions'
import { db } from '../../../../src/renderer/db/NewscoderDb'
import { ensureSampleProject } from '../../../../src/renderer/features/sample/ensureSampleProject'
import { resetAll } from '../../helpers/resetDb'

describe('trash', () => {
  beforeEach(resetAll)

  it('lists deleted spans and documents and restores them', async () => {
    const id = (await ensureSampleProject())!
    const span = (await db.annotations.where('projectId').equals(id).first())!
    await deleteAnnotation(span.id)
    const doc = (await db.documents.where('projectId').equals(id).last())!
    await db.documents.update(doc.id, { deletedAt: 1 })
    const trash = await listTrash()
    expect(trash.documents.map((d) => d.id)).toEqual([doc.id])
    expect(trash.annotations.map((a) => a.id)).toEqual(span.documentId === doc.id ? [] : [span.id])
    await restoreDocument(doc.id)
    await restoreTrashedAnnotation(span.id)
    expect(await listTrash()).toEqual({ projects: [], documents: [], annotations: [] })
  })

  it('empties the trash for good: deleted projects with all their rows, documents with their texts and spans', async () => {
    const id = (await ensureSampleProject())!
    const keep = await createProject('Kept')
    const doc = (await db.documents.where('projectId').equals(id).first())!
    await db.documents.update(doc.id, { deletedAt: 1 })
    const removed = await emptyTrash()
    expect(removed.documents).toBe(1)
    expect(await db.texts.get(doc.id)).toBeUndefined()
    expect(await db.annotations.where('documentId').equals(doc.id).count()).toBe(0)

    await deleteProject(id)
    await emptyTrash()
    for (const table of db.tables.filter((t) => t.name !== 'settings' && t.name !== 'projects')) {
      expect(await table.where('projectId').equals(id).count(), table.name).toBe(0)
    }
    expect(await db.projects.get(id)).toBeUndefined()
    expect(await db.projects.get(keep.id)).toBeDefined()
  })
})
