import { afterEach, describe, expect, it } from 'vitest'
import { createProject } from '../../../../src/renderer/actions/projectActions'
import { setJournalSink } from '../../../../src/renderer/db/journalMiddleware'
import { db } from '../../../../src/renderer/db/NewscoderDb'
import { startBrowserChangeReminder } from '../../../../src/renderer/features/recovery/browserChangeReminder'
import { openDatabase } from '../../../../src/renderer/features/recovery/openDatabase'
import {
  READ_ONLY_MESSAGE,
  setDatabaseReadOnly,
} from '../../../../src/renderer/db/readOnlyMiddleware'
import { saveSetting } from '../../../../src/renderer/actions/settingsActions'
import { useSession } from '../../../../src/renderer/state/sessionStore'
import { resetAll } from '../../helpers/resetDb'

function bumpVersion(version: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(db.name, version)
    request.onsuccess = () => {
      request.result.close()
      resolve()
    }
    request.onerror = () => reject(request.error)
  })
}

describe('openDatabase', () => {
  afterEach(async () => {
    setDatabaseReadOnly(false)
    useSession.getState().setReadOnly(false)
    setJournalSink(null)
    db.close()
    await db.delete()
    await db.open()
    await resetAll()
  })

  it('opens data from a newer schema read-only: readable, and every write refused', async () => {
    await db.open()
    await createProject('Kept')
    db.close()
    await bumpVersion(db.verno * 10 + 10)
    await openDatabase()
    expect(useSession.getState().readOnly).toBe(true)
    expect((await db.projects.toArray()).map((p) => p.name)).toEqual(['Kept'])
    await expect(createProject('New')).rejects.toThrow(READ_ONLY_MESSAGE)
    await expect(saveSetting('theme', 'dark')).rejects.toThrow(READ_ONLY_MESSAGE)
    await expect(db.projects.clear()).rejects.toThrow(READ_ONLY_MESSAGE)
    expect((await db.projects.toArray()).map((p) => p.name)).toEqual(['Kept'])
    expect(db.backendDB().version).toBe(db.verno * 10 + 10)
  })

  it('opens data of its own schema writable', async () => {
    await db.open()
    db.close()
    await openDatabase()
    expect(useSession.getState().readOnly).toBe(false)
    await createProject('Written')
    expect((await db.projects.toArray()).map((p) => p.name)).toContain('Written')
  })

  it('reminds a browser user to download a backup after every 200 changes', async () => {
    await resetAll()
    startBrowserChangeReminder(4)
    await createProject('One') // 3 changes: project, codebook, history
    expect(useSession.getState().notices).toEqual([])
    await createProject('Two')
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(useSession.getState().notices[0]?.text).toMatch(/download a copy with “Back up project”/)
  })
})
