import { beforeEach, describe, expect, it } from 'vitest'
import { exportProjectCsv } from '../../../../src/renderer/actions/exportActions'
import { deleteProject } from '../../../../src/renderer/actions/projectActions'
import { db } from '../../../../src/renderer/db/NewscoderDb'
import { ensureSampleProject } from '../../../../src/renderer/features/sample/ensureSampleProject'
import sample from '../../../../resources/sample-project.json'
import { resetAll } from '../../helpers/resetDb'

describe('the sample project', () => {
  beforeEach(resetAll)

  it('is created on first start with every example annotation anchored in its text', async () => {
    const id = await ensureSampleProject()
    expect(id).not.toBeNull()
    const docs = await db.documents.where('projectId').equals(id!).toArray()
    expect(docs).toHaveLength(sample.articles.length)
    for (const doc of docs) {
      expect(doc.attribution).toMatch(/Wikinews contributors/)
      expect(doc.attribution).toMatch(/CC BY 2\.5/)
      expect(doc.url).toMatch(/^https:\/\/en\.wikinews\.org\//)
    }
    const expected = sample.articles.reduce((n, a) => n + a.annotations.length, 0)
    const annotations = await db.annotations.where('projectId').equals(id!).toArray()
    expect(annotations).toHaveLength(expected)
    for (const a of annotations) {
      const text = (await db.texts.get(a.documentId))!.text
      expect(text.slice(a.start, a.end)).toBe(a.exact)
    }
  })

  it('is created only once, even after the user deletes it', async () => {
    const id = await ensureSampleProject()
    await deleteProject(id!)
    expect(await ensureSampleProject()).toBeNull()
    expect(await db.projects.count()).toBe(1)
  })

  it('exports one CSV row per example annotation', async () => {
    const id = await ensureSampleProject()
    const file = await exportProjectCsv(id!, 'analysis')
    expect(file.rowCount).toBe(await db.annotations.count())
  })
})
