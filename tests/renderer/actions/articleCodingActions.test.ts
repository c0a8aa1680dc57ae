import { beforeEach, describe, expect, it } from 'vitest'
import {
  articleCodingOf,
  setArticleValue,
  setCodingStatus,
} from '../../../src/renderer/actions/articleCodingActions'
import { redo, undo } from '../../../src/renderer/actions/undoStack'
import { db } from '../../../src/renderer/db/NewscoderDb'
import { useSession } from '../../../src/renderer/state/sessionStore'
import { resetAll } from '../helpers/resetDb'
import { articleProject } from '../features/articleCoding/articleProject'

describe('article coding actions', () => {
  beforeEach(resetAll)

  it('stores one row per document and coder, moving a fresh document to “in progress”', async () => {
    useSession.getState().setCoder('Ana')
    const { project, doc } = await articleProject()
    await setArticleValue(doc.id, 'relevant', 'relevant.yes')
    await setArticleValue(doc.id, 'tone', 'tone.a')
    const row = await articleCodingOf(doc.id, 'Ana')
    expect(row).toMatchObject({
      projectId: project.id,
      coder: 'Ana',
      status: 'in_progress',
      values: { relevant: 'relevant.yes', tone: 'tone.a' },
    })
    useSession.getState().setCoder('Ben')
    await setCodingStatus(doc.id, 'complete')
    expect((await articleCodingOf(doc.id, 'Ben'))?.status).toBe('complete')
    expect((await articleCodingOf(doc.id, 'Ana'))?.status).toBe('in_progress')
    expect(await db.articleCodings.count()).toBe(2)
  })

  it('drops a code that skip logic hides once its condition no longer holds', async () => {
    const { doc } = await articleProject()
    await setArticleValue(doc.id, 'relevant', 'relevant.yes')
    await setArticleValue(doc.id, 'tone', 'tone.a')
    await setArticleValue(doc.id, 'relevant', 'relevant.no')
    expect((await articleCodingOf(doc.id, 'Coder 1'))?.values).toEqual({ relevant: 'relevant.no' })
  })

  it('undoes each write, down to no row at all, and redoes it', async () => {
    const { doc } = await articleProject()
    await setArticleValue(doc.id, 'relevant', 'relevant.yes')
    await setCodingStatus(doc.id, 'complete')
    await undo()
    expect((await articleCodingOf(doc.id, 'Coder 1'))?.status).toBe('in_progress')
    await undo()
    expect(await articleCodingOf(doc.id, 'Coder 1')).toBeUndefined()
    await redo()
    expect((await articleCodingOf(doc.id, 'Coder 1'))?.values).toEqual({ relevant: 'relevant.yes' })
  })

  it('records nothing when a write changes nothing', async () => {
    const { doc } = await articleProject()
    await setCodingStatus(doc.id, 'not_started')
    expect(await db.articleCodings.count()).toBe(0)
  })
})
