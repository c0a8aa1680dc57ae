import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createProject, deleteProject } from '../../../src/renderer/actions/projectActions'
import {
  JOURNAL_SEQ_KEY,
  setJournalSink,
  withoutJournal,
} from '../../../src/renderer/db/journalMiddleware'
import { db } from '../../../src/renderer/db/NewscoderDb'
import type { JournalChange } from '../../../src/shared/journal/journalChange'
import { journalChangeSchema } from '../../../src/shared/journal/journalChange'
import { resetAll } from '../helpers/resetDb'

let batches: JournalChange[][] = []

/** Lets the transactions' `complete` events run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

describe('journalMiddleware', () => {
  beforeEach(async () => {
    await resetAll()
    batches = []
    setJournalSink((changes) => batches.push(changes))
  })
  afterEach(() => setJournalSink(null))

  it('sends one batch per committed transaction, with every row written in full', async () => {
    const project = await createProject('Climate')
    await settle()
    expect(batches).toHaveLength(1)
    expect(batches[0]!.map((c) => `${c.op} ${c.table}`)).toEqual([
      'put projects',
      'put codebooks',
      'put codebookVersions',
    ])
    expect(batches[0]![0]).toMatchObject({ value: { id: project.id, name: 'Climate' } })
    expect(batches.flat().every((c) => journalChangeSchema.safeParse(c).success)).toBe(true)
  })

  it('gives a counting sink the rows without copying them through JSON', async () => {
    const counted: number[] = []
    setJournalSink((changes) => counted.push(changes.length), { readsValues: false })
    const stringify = vi.spyOn(JSON, 'stringify')
    await createProject('Climate')
    await settle()
    expect(counted).toEqual([3])
    expect(stringify).not.toHaveBeenCalled()
    stringify.mockRestore()
    setJournalSink((changes) => batches.push(changes))
    await createProject('Energy')
    await settle()
    expect(batches[0]![0]).toMatchObject({ value: { name: 'Energy' } })
  })

  it('journals an update as the whole row after the change', async () => {
    const project = await createProject('Climate')
    await deleteProject(project.id)
    await settle()
    const last = batches[batches.length - 1]!
    expect(last).toEqual([
      {
        op: 'put',
        table: 'projects',
        value: expect.objectContaining({
          id: project.id,
          name: 'Climate',
          deletedAt: expect.any(Number),
        }),
      },
    ])
  })

  it('journals deletes by key and clears as an open range', async () => {
    await db.transaction('rw', db.speakers, async () => {
      await db.speakers.add({
        id: 's1',
        projectId: 'p',
        name: 'A',
        aliases: [],
        defaultSourceType: null,
        affiliation: '',
        notes: '',
        createdAt: 1,
        updatedAt: 1,
      })
      await db.speakers.delete('s1')
    })
    await db.speakers.clear()
    await settle()
    expect(batches.map((b) => b.map((c) => c.op))).toEqual([['put', 'delete'], ['deleteRange']])
    expect(batches[0]![1]).toEqual({ op: 'delete', table: 'speakers', keys: ['s1'] })
  })

  it('sends nothing for a transaction that aborts', async () => {
    await expect(
      db.transaction('rw', db.settings, async () => {
        await db.settings.put({ key: 'theme', value: 'dark' })
        throw new Error('abort')
      }),
    ).rejects.toThrow('abort')
    await settle()
    expect(batches).toEqual([])
    expect(await db.settings.get('theme')).toBeUndefined()
  })

  it('leaves out its own bookkeeping row and unjournaled transactions, but not writes running beside them', async () => {
    await db.settings.put({ key: JOURNAL_SEQ_KEY, value: 7 })
    await Promise.all([
      withoutJournal([db.settings], () => db.settings.put({ key: 'theme', value: 'dark' })),
      db.settings.put({ key: 'coder', value: 'Ada' }),
    ])
    await settle()
    expect(batches).toEqual([
      [{ op: 'put', table: 'settings', value: { key: 'coder', value: 'Ada' } }],
    ])
  })
})
