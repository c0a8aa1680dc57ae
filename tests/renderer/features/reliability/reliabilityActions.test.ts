import { beforeEach, describe, expect, it } from 'vitest'
import { addPastedText } from '../../../../src/renderer/actions/documentActions'
import { createProject } from '../../../../src/renderer/actions/projectActions'
import {
  drawReliabilitySample,
  isBlindFor,
  loadReliabilitySample,
  setBlindMode,
} from '../../../../src/renderer/actions/reliabilityActions'
import { db } from '../../../../src/renderer/db/NewscoderDb'
import { resetAll } from '../../helpers/resetDb'

async function project(n: number) {
  const p = await createProject('Sample study')
  const ids: string[] = []
  for (let i = 0; i < n; i++) {
    const doc = await addPastedText(p.id, `Article ${i}`, `Article ${i}\n\nText number ${i}.`)
    if (doc) ids.push(doc.id)
  }
  return { projectId: p.id, ids }
}

describe('reliability sample', () => {
  beforeEach(resetAll)

  it('stores a seeded sample that the same seed reproduces', async () => {
    const { projectId } = await project(10)
    const first = await drawReliabilitySample(projectId, { fraction: 0.3 }, 99, false)
    expect(first.ids).toHaveLength(3)
    expect((await loadReliabilitySample(projectId))?.ids).toEqual(first.ids)
    const again = await drawReliabilitySample(projectId, { fraction: 0.3 }, 99, false)
    expect(again.ids).toEqual(first.ids)
  })

  it('hides other coders in sample documents in blind mode until the coder marks them complete', async () => {
    const { projectId, ids } = await project(4)
    const sample = await drawReliabilitySample(projectId, { count: 4 }, 1, false)
    const documentId = sample.ids[0] as string
    expect(await isBlindFor(projectId, documentId, 'Ana')).toBe(false)
    await setBlindMode(projectId, true)
    expect(await isBlindFor(projectId, documentId, 'Ana')).toBe(true)
    await db.articleCodings.add({
      id: 'c1',
      projectId,
      documentId,
      coder: 'Ana',
      values: {},
      status: 'complete',
      codebookVersion: 1,
      createdAt: 1,
      updatedAt: 1,
    })
    expect(await isBlindFor(projectId, documentId, 'Ana')).toBe(false)
    expect(ids).toContain(documentId)
  })
})
