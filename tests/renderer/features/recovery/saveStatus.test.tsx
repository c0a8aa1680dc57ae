import { cleanup, render, screen } from '@testing-library/react'
import { act } from 'react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createAnnotation } from '../../../../src/renderer/actions/annotationActions'
import { createProject } from '../../../../src/renderer/actions/projectActions'
import {
  setJournalSink,
  setWriteActivityListener,
} from '../../../../src/renderer/db/journalMiddleware'
import { db } from '../../../../src/renderer/db/NewscoderDb'
import { startBrowserChangeReminder } from '../../../../src/renderer/features/recovery/browserChangeReminder'
import { journalIdle, startJournalSync } from '../../../../src/renderer/durability/journalSync'
import { SaveStatusIndicator } from '../../../../src/renderer/features/recovery/SaveStatusIndicator'
import { useSaveStatus } from '../../../../src/renderer/durability/saveStatusStore'
import { ensureSampleProject } from '../../../../src/renderer/features/sample/ensureSampleProject'
import type { DurabilityPort } from '../../../../src/renderer/platform/electronDurability'
import { resetAll } from '../../helpers/resetDb'

/** A durability port whose appends wait until the test lets them land "on disk". */
function slowJournal() {
  const pending: { resolve: () => void; reject: (error: Error) => void }[] = []
  let seq = 0
  const port: DurabilityPort = {
    append: (changes) =>
      new Promise<number>((resolve, reject) => {
        pending.push({
          resolve: () => resolve((seq += changes.length)),
          reject,
        })
      }),
    state: () => Promise.reject(new Error('not used')),
    readJournal: () => Promise.resolve([]),
    writeSnapshot: () => Promise.reject(new Error('not used')),
    listSnapshots: () => Promise.resolve([]),
    readSnapshot: () => Promise.reject(new Error('not used')),
    onSnapshotRequest: () => () => undefined,
  }
  // Batches go to the port one after another, each only once the one before it is on disk: keep
  // answering until the journal is idle.
  const settle = async (how: 'resolve' | 'reject') => {
    let idle = false
    const done = journalIdle().then(() => (idle = true))
    while (!idle) {
      for (const p of pending.splice(0)) {
        if (how === 'resolve') p.resolve()
        else p.reject(new Error('disk full (ENOSPC)'))
      }
      await new Promise((r) => setTimeout(r, 0))
    }
    await done
  }
  return { port, fsync: () => settle('resolve'), refuse: () => settle('reject') }
}

const status = () => useSaveStatus.getState().status

async function firstDocument() {
  const doc = await db.documents.toCollection().first()
  if (!doc) throw new Error('the sample project has no document')
  return doc
}

describe('the save status follows the journal fsync', () => {
  beforeEach(async () => {
    await resetAll()
    await ensureSampleProject()
  })
  afterEach(() => {
    cleanup()
    setJournalSink(null)
    setWriteActivityListener(null)
    useSaveStatus.setState({ status: 'off' })
  })

  it('says saving after the action has stored the span, and saved only once append resolves', async () => {
    const journal = slowJournal()
    startJournalSync(journal.port, 0)
    expect(status()).toBe('saved')
    const doc = await firstDocument()

    const annotation = await createAnnotation({
      projectId: doc.projectId,
      documentId: doc.id,
      start: 0,
      end: 8,
      values: {},
      memo: 'kept',
    })
    // The row is stored (the highlight can paint) while the journal has not confirmed it yet.
    expect(await db.annotations.get(annotation.id)).toBeDefined()
    expect(status()).toBe('saving')

    await journal.fsync()
    expect(status()).toBe('saved')
  })

  it('stays saving while any of several changes waits for its fsync', async () => {
    const journal = slowJournal()
    startJournalSync(journal.port, 0)
    await createProject('One')
    await createProject('Two')
    expect(status()).toBe('saving')
    await journal.fsync()
    expect(status()).toBe('saved')
  })

  it('says the change is not in the backup journal when the journal refuses it', async () => {
    const journal = slowJournal()
    startJournalSync(journal.port, 0)
    await createProject('Refused')
    await journal.refuse()
    expect(status()).toBe('failed')

    await createProject('Accepted')
    await journal.fsync()
    expect(status()).toBe('saved')
  })

  it('shows Saving… then Saved in the top bar indicator', async () => {
    const journal = slowJournal()
    startJournalSync(journal.port, 0)
    render(<SaveStatusIndicator />)
    expect(screen.getByRole('status', { name: 'Save status' }).textContent).toBe('Saved')
    await act(() => createProject('Shown'))
    expect(screen.getByRole('status', { name: 'Save status' }).textContent).toBe('Saving…')
    await act(() => journal.fsync())
    expect(screen.getByRole('status', { name: 'Save status' }).textContent).toBe('Saved')
  })

  it('shows no indicator in browser mode, which has no journal', async () => {
    startBrowserChangeReminder()
    render(<SaveStatusIndicator />)
    await act(() => createProject('Browser'))
    expect(status()).toBe('off')
    expect(screen.queryByRole('status', { name: 'Save status' })).toBeNull()
  })
})
