import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { NewscoderDb, SCHEMA_V1, SCHEMA_V2 } from '../../../src/renderer/db/NewscoderDb'
import { v1Fixture } from './fixtures/v1'

// Each earlier schema version gets a fixture of realistic rows; opening it with the current app
// must keep every row of every table, unchanged, and add what the upgrade adds.
async function createV1(name: string): Promise<void> {
  const old = new Dexie(name)
  old.version(1).stores(SCHEMA_V1)
  await old.open()
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(v1Fixture)) await old.table(table).bulkAdd(rows)
  })
  old.close()
}

describe('schema upgrades', () => {
  it('keeps every record of a version 1 database, unchanged, when the app opens it', async () => {
    const name = `upgrade-v1-${crypto.randomUUID()}`
    await createV1(name)
    const db = new NewscoderDb(name)
    await db.open()
    expect(db.verno).toBe(7)
    for (const [table, rows] of Object.entries(v1Fixture)) {
      const stored = await db.table(table).toArray()
      expect(stored, table).toHaveLength(rows.length)
      for (const row of rows) {
        const key = 'id' in row ? row.id : 'documentId' in row ? row.documentId : row.key
        expect(await db.table(table).get(key), `${table} ${String(key)}`).toEqual(row)
      }
    }
    db.close()
  })

  it('records each existing codebook as the first entry of its history on upgrade to 2', async () => {
    const name = `upgrade-v2-${crypto.randomUUID()}`
    await createV1(name)
    const db = new NewscoderDb(name)
    const history = await db.codebookVersions.toArray()
    expect(history).toHaveLength(1)
    expect(history[0]).toMatchObject({ projectId: 'p1', version: 1 })
    expect(history[0]?.dimensions).toEqual(v1Fixture.codebooks[0]?.dimensions)
    expect(await db.articleCodings.count()).toBe(0)
    db.close()
  })

  it('keeps every record of a version 2 database and adds empty sync tables on upgrade to 7', async () => {
    const name = `upgrade-v7-${crypto.randomUUID()}`
    const old = new Dexie(name)
    old.version(2).stores(SCHEMA_V2)
    await old.open()
    const v2Rows = {
      ...v1Fixture,
      codebookVersions: [
        {
          id: 'cv1',
          projectId: 'p1',
          version: 1,
          dimensions: [],
          note: '',
          coder: '',
          createdAt: 1,
        },
      ],
      articleCodings: [
        {
          id: 'ac1',
          projectId: 'p1',
          documentId: 'd1',
          coder: 'Ann',
          values: {},
          status: 'complete',
          codebookVersion: 1,
          createdAt: 1,
          updatedAt: 2,
        },
      ],
    }
    await old.transaction('rw', old.tables, async () => {
      for (const [table, rows] of Object.entries(v2Rows)) await old.table(table).bulkAdd(rows)
    })
    old.close()
    const db = new NewscoderDb(name)
    await db.open()
    for (const [table, rows] of Object.entries(v2Rows)) {
      expect(await db.table(table).toArray(), table).toEqual(
        [...rows].sort((a, b) => {
          const key = (r: object) => String(Object.values(r)[0])
          return key(a) < key(b) ? -1 : 1
        }),
      )
    }
    expect(await db.syncOutbox.count()).toBe(0)
    expect(await db.syncRevs.count()).toBe(0)
    expect(await db.syncMeta.count()).toBe(0)
    db.close()
  })
})
