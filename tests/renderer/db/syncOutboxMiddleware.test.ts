import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { db } from '../../../src/renderer/db/NewscoderDb'
import { setSyncedProjects, withoutOutbox } from '../../../src/renderer/db/syncOutboxMiddleware'
import { LOCAL_TABLES, SYNCED_TABLES } from '../../../src/shared/sync/syncTables'
import { resetAll } from '../helpers/resetDb'

const speaker = (id: string, projectId: string) => ({
  id,
  projectId,
  name: `Speaker ${id}`,
  aliases: [],
  defaultSourceType: null,
  affiliation: '',
  notes: '',
  createdAt: 1,
  updatedAt: 1,
})

describe('the sync outbox', () => {
  beforeEach(async () => {
    await resetAll()
    setSyncedProjects(['team'])
  })
  afterEach(() => setSyncedProjects([]))

  it('classifies every table of the schema as synced or local, so a new table cannot be forgotten', () => {
    const classified = [...Object.keys(SYNCED_TABLES), ...Object.keys(LOCAL_TABLES)].sort()
    expect(db.tables.map((t) => t.name).sort()).toEqual(classified)
  })

  it('records a change of a team project in the transaction that made it, and nothing for others', async () => {
    await db.speakers.bulkPut([speaker('s1', 'team'), speaker('s2', 'solo')])
    const entries = await db.syncOutbox.toArray()
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({
      docId: 'speaker:s1',
      projectId: 'team',
      table: 'speakers',
      key: 's1',
      deleted: false,
    })
  })

  it('keeps a deleted row in its entry, since routing it needs the row', async () => {
    await db.speakers.put(speaker('s1', 'team'))
    await db.speakers.delete('s1')
    const [entry] = await db.syncOutbox.toArray()
    expect(entry).toMatchObject({ docId: 'speaker:s1', deleted: true })
    expect(entry?.deletedRow).toMatchObject({ name: 'Speaker s1' })
  })

  it('records rows changed by modify() and deleted through a where clause', async () => {
    await db.speakers.bulkPut([speaker('s1', 'team'), speaker('s2', 'team')])
    await db.syncOutbox.clear()
    await db.speakers.where('projectId').equals('team').modify({ notes: 'x' })
    expect((await db.syncOutbox.toArray()).map((e) => e.docId).sort()).toEqual([
      'speaker:s1',
      'speaker:s2',
    ])
    await db.syncOutbox.clear()
    await db.speakers.where('projectId').equals('team').delete()
    expect((await db.syncOutbox.toArray()).every((e) => e.deleted)).toBe(true)
    expect(await db.syncOutbox.count()).toBe(2)
  })

  it('names a row of a unique slot by the slot, so two computers’ rows meet as one document', async () => {
    await db.articleCodings.put({
      id: 'random',
      projectId: 'team',
      documentId: 'd1',
      coder: 'Ann',
      values: {},
      status: 'complete',
      codebookVersion: 1,
      createdAt: 1,
      updatedAt: 1,
    })
    expect((await db.syncOutbox.toArray())[0]?.docId).toBe('articleCoding:d1:Ann')
  })

  it('records nothing for rows that arrive from the server, and nothing when a transaction aborts', async () => {
    await withoutOutbox([db.speakers], () => db.speakers.put(speaker('s1', 'team')))
    await expect(
      db.transaction('rw', db.speakers, async () => {
        await db.speakers.put(speaker('s2', 'team'))
        throw new Error('abort')
      }),
    ).rejects.toThrow('abort')
    expect(await db.syncOutbox.count()).toBe(0)
    expect(await db.speakers.count()).toBe(1)
  })

  it('stamps a later change of a row later, so the pump knows whether its entry is still the latest', async () => {
    await db.speakers.put(speaker('s1', 'team'))
    const first = (await db.syncOutbox.get('speaker:s1'))?.stamp ?? 0
    await db.speakers.update('s1', { notes: 'again' })
    expect((await db.syncOutbox.get('speaker:s1'))?.stamp).toBeGreaterThan(first)
  })
})
