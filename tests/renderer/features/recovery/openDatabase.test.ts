import { afterEach, describe, expect, it } from 'vitest'
import { createProject } from '../../../../src/renderer/actions/projectActions'
import { setJournalSink } from '../../../../src/renderer/db/journalMiddleware'
import { db } from '../../../../src/renderer/db/NewscoderDb'
import { startBrowserChangeReminder } from '../../../../src/renderer/features/recovery/browserChangeReminder'
import {
  NEWER_DATA_MESSAGE,
  openDatabase,
} from '../../../../src/renderer/features/recovery/openDatabase'
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
    setJournalSink(null)
    db.close()
    await db.delete()
    await db.open()
    await resetAll()
  })

  it('refuses to open, and writes nothing, when the data comes from a newer schema', async () => {
    await db.open()
    await createProject('Kept')
    db.close()
    await bumpVersion(db.verno * 10 + 10)
    await expect(openDatabase()).rejects.toThrow(NEWER_DATA_MESSAGE)
    expect(db.isOpen()).toBe(false)
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
