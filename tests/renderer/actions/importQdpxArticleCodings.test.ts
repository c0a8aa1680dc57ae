import { beforeEach, describe, expect, it } from 'vitest'
import { importQdpx } from '../../../src/renderer/actions/importQdpx'
import { db } from '../../../src/renderer/db/NewscoderDb'
import { projectToQdpx } from '../../../src/shared/refiQda/projectToQdpx'
import { input } from '../../shared/refiQda/articleCodingFixtures'
import { resetAll } from '../helpers/resetDb'

describe('importQdpx with article codings', () => {
  beforeEach(resetAll)

  it('stores each coder’s whole-article selection as an article coding of the new document', async () => {
    const result = await importQdpx('x.qdpx', projectToQdpx(input).bytes)
    expect(result).toMatchObject({ documents: 1, annotations: 1, articleCodings: 2, report: [] })
    const [doc] = await db.documents.where('projectId').equals(result.project.id).toArray()
    const stored = await db.articleCodings.toArray()
    expect(
      stored.map((c) => ({ ...c, id: undefined })).sort((a, b) => a.coder.localeCompare(b.coder)),
    ).toEqual(
      input.articleCodings
        .filter((c) => c.status !== 'not_started')
        .map((c) => ({
          ...c,
          id: undefined,
          projectId: result.project.id,
          documentId: doc?.id,
        })),
    )
  })
})
