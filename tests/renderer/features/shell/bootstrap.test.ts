import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createProject } from '../../../../src/renderer/actions/projectActions'
import { saveSetting } from '../../../../src/renderer/actions/settingsActions'
import { db } from '../../../../src/renderer/db/NewscoderDb'
import { bootstrap } from '../../../../src/renderer/features/shell/bootstrap'
import { useSession } from '../../../../src/renderer/state/sessionStore'
import { resetAppState } from './resetAppState'

vi.mock('../../../../src/renderer/platform/platform', () => ({
  platform: {
    kind: 'electron',
    defaultCoderName: vi.fn(async () => 'ada'),
    onMenuCommand: vi.fn(() => () => undefined),
  },
}))

describe('bootstrap', () => {
  beforeEach(async () => {
    await resetAppState()
    delete document.documentElement.dataset.theme
  })

  it('seeds the sample project on the first start, opens it and uses the OS user as coder', async () => {
    await bootstrap()
    const [sample] = await db.projects.toArray()
    expect(sample?.isSample).toBe(true)
    expect(useSession.getState().projectId).toBe(sample!.id)
    expect(useSession.getState().documentId).not.toBeNull()
    expect(useSession.getState().coder).toBe('ada')
  })

  it('reopens the last project with the stored coder and theme, and never seeds again', async () => {
    await db.settings.put({ key: 'sampleSeeded', value: true })
    await createProject('First')
    const last = await createProject('Last')
    await saveSetting('lastProjectId', last.id)
    await saveSetting('coder', 'Coder B')
    await saveSetting('theme', 'dark')

    await bootstrap()

    expect(useSession.getState().projectId).toBe(last.id)
    expect(useSession.getState().coder).toBe('Coder B')
    expect(document.documentElement.dataset.theme).toBe('dark')
    expect(await db.projects.count()).toBe(2)
  })

  it('falls back to the first project when the last one was deleted', async () => {
    await db.settings.put({ key: 'sampleSeeded', value: true })
    const gone = await createProject('Gone')
    const kept = await createProject('Kept')
    await db.projects.update(gone.id, { deletedAt: 1 })
    await saveSetting('lastProjectId', gone.id)

    await bootstrap()

    expect(useSession.getState().projectId).toBe(kept.id)
  })
})
