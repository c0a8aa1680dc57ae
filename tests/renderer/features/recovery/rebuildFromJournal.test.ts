import { mkdtempSync } from 'node:fs'
import * as fs from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { DurabilityService } from '../../../../src/main/durability/openDurability'
import { openDurability } from '../../../../src/main/durability/openDurability'
import {
  createAnnotation,
  deleteAnnotation,
} from '../../../../src/renderer/actions/annotationActions'
import { createProject } from '../../../../src/renderer/actions/projectActions'
import {
  planRecovery,
  restoreSnapshot,
  runRecovery,
  takeSnapshot,
} from '../../../../src/renderer/actions/recoveryActions'
import { JOURNAL_SEQ_KEY, setJournalSink } from '../../../../src/renderer/db/journalMiddleware'
import { db } from '../../../../src/renderer/db/NewscoderDb'
import { readAllRows } from '../../../../src/renderer/durability/databaseRows'
import { journalIdle, startJournalSync } from '../../../../src/renderer/durability/journalSync'
import { ensureSampleProject } from '../../../../src/renderer/features/sample/ensureSampleProject'
import type { DurabilityPort } from '../../../../src/renderer/platform/electronDurability'
import { useSession } from '../../../../src/renderer/state/sessionStore'
import { resetAll } from '../../helpers/resetDb'

let service: DurabilityService
let port: DurabilityPort

/** The renderer's port wired straight to main's service on real files, without IPC. */
function portOf(s: DurabilityService): DurabilityPort {
  return {
    append: (changes) => s.append(changes),
    state: () => s.state(),
    readJournal: (afterSeq) => s.readJournal(afterSeq),
    writeSnapshot: (request) => s.writeSnapshot(request),
    listSnapshots: () => s.listSnapshots(),
    readSnapshot: (name) => s.readSnapshot(name),
    onSnapshotRequest: () => () => undefined,
  }
}

/** Waits until every committed transaction is in main's journal. */
async function synced(): Promise<void> {
  await journalIdle()
}

async function contents() {
  const rows = await readAllRows()
  rows.settings = rows.settings?.filter((r) => (r as { key: string }).key !== JOURNAL_SEQ_KEY)
  return rows
}

async function codeSomething(): Promise<void> {
  const project = await createProject('Second')
  const doc = await db.documents.toCollection().first()
  const annotation = await createAnnotation({
    projectId: doc!.projectId,
    documentId: doc!.id,
    start: 0,
    end: 8,
    values: {},
    memo: `memo for ${project.id}`,
  })
  const other = await db.annotations.where('projectId').equals(doc!.projectId).first()
  if (other && other.id !== annotation.id) await deleteAnnotation(other.id)
}

describe('recovery from snapshot and journal', () => {
  beforeEach(async () => {
    await resetAll()
    service = await openDurability({
      fs,
      dataFolder: mkdtempSync(join(tmpdir(), 'newscoder-recovery-')),
      runtimeVersion: 'test',
    })
    port = portOf(service)
    startJournalSync(port, 0)
  })
  afterEach(async () => {
    setJournalSink(null)
    await service.close()
  })

  it('rebuilds a deleted IndexedDB from the latest snapshot plus the journal, with nothing missing', async () => {
    await ensureSampleProject()
    await synced()
    await takeSnapshot(port, 'activity')
    await codeSomething()
    await synced()
    const expected = await contents()
    expect((await service.readJournal(0)).length).toBeGreaterThan(0) // some changes are only in the journal

    await db.delete()
    await db.open()
    const plan = await planRecovery(port)
    expect(plan.kind).toBe('rebuild')
    const progress: number[] = []
    await runRecovery(port, plan, (done) => progress.push(done))
    expect(await contents()).toEqual(expected)
    expect(progress[progress.length - 1]).toBe(1)
    expect((await planRecovery(port)).kind).toBe('none')
  })

  it('replays only the missing tail when the database is behind the journal', async () => {
    await ensureSampleProject()
    await synced()
    const seqBefore = (await db.settings.get(JOURNAL_SEQ_KEY))?.value as number
    await codeSomething()
    await synced()
    const expected = await contents()
    // Simulate a database that lost its last transactions but kept the rest.
    setJournalSink(null)
    await db.projects.filter((p) => p.name === 'Second').delete()
    await db.settings.put({ key: JOURNAL_SEQ_KEY, value: seqBefore })

    const plan = await planRecovery(port)
    expect(plan).toMatchObject({ kind: 'catch-up', afterSeq: seqBefore })
    await runRecovery(port, plan, () => undefined)
    expect(await contents()).toEqual(expected)
  })

  it('restores an earlier snapshot and keeps the replaced state as a snapshot of its own', async () => {
    await ensureSampleProject()
    await synced()
    const early = await takeSnapshot(port, 'manual')
    const earlyRows = await contents()
    await codeSomething()
    await synced()
    await restoreSnapshot(port, early)
    expect(await contents()).toEqual(earlyRows)
    expect((await port.listSnapshots()).length).toBe(3)
    expect((await planRecovery(port)).kind).toBe('none')
  })

  it('shows a visible error when the journal refuses a change (full disk)', async () => {
    startJournalSync({ ...port, append: () => Promise.reject(new Error('disk full (ENOSPC)')) }, 0)
    await createProject('Third')
    await synced()
    const notices = useSession.getState().notices
    expect(notices[notices.length - 1]).toMatchObject({
      kind: 'error',
      text: expect.stringMatching(/ENOSPC.*not yet in its backup journal/),
    })
  })
})
