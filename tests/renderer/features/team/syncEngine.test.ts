import PouchDB from 'pouchdb-browser'
import memoryAdapter from 'pouchdb-adapter-memory'
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { db } from '../../../../src/renderer/db/NewscoderDb'
import { setSyncedProjects } from '../../../../src/renderer/db/syncOutboxMiddleware'
import { applyMirrorChanges } from '../../../../src/renderer/features/team/applyMirrorChanges'
import { openMirror, setMirrorAdapter } from '../../../../src/renderer/features/team/pouchDatabases'
import { pumpOutbox } from '../../../../src/renderer/features/team/pumpOutbox'
import type { Annotation } from '../../../../src/shared/domain/annotation'
import { rowToDocument } from '../../../../src/shared/sync/syncDocument'
import { resetAll } from '../../helpers/resetDb'

const span = (over: Partial<Annotation> = {}): Annotation => ({
  id: 'a1',
  projectId: 'p1',
  documentId: 'd1',
  coder: 'Ben',
  start: 0,
  end: 4,
  exact: 'Mayo',
  prefix: '',
  suffix: 'r said',
  textHash: 'a'.repeat(64),
  values: { stance: 'stance.against' },
  memo: '',
  codebookVersion: 1,
  createdAt: 1,
  updatedAt: 1,
  deletedAt: null,
  ...over,
})

let n = 0
const mirrorName = () => `test-${++n}-${crypto.randomUUID()}`
const lead = { db: '', role: { kind: 'coder', owner: 'Ben' } as const, me: 'Lee', lead: true }

beforeAll(() => {
  PouchDB.plugin(memoryAdapter)
  setMirrorAdapter('memory')
})

describe('the sync engine on one computer', () => {
  beforeEach(async () => {
    await resetAll()
    setSyncedProjects(['p1'])
  })
  afterEach(() => setSyncedProjects([]))

  it('applies another coder’s spans without sending them back', async () => {
    const name = mirrorName()
    const mirror = openMirror(name)
    await mirror.bulkDocs([rowToDocument('annotations', span())])
    const result = await applyMirrorChanges('p1', mirror, { ...lead, db: name })
    expect(result.applied).toBe(1)
    expect(await db.annotations.get('a1')).toEqual(span())
    expect(await db.syncOutbox.count()).toBe(0)
  })

  it('stores nothing of a document that fails the schema, and says why', async () => {
    const name = mirrorName()
    const mirror = openMirror(name)
    await mirror.bulkDocs([
      { ...rowToDocument('annotations', span()), row: { ...span(), start: 'x' } },
    ])
    const result = await applyMirrorChanges('p1', mirror, { ...lead, db: name })
    expect(result).toMatchObject({ applied: 0, refused: 1 })
    expect(await db.annotations.count()).toBe(0)
  })

  it('keeps both sides when a local change meets a change from elsewhere', async () => {
    const name = mirrorName()
    const mirror = openMirror(name)
    const me = { db: name, role: { kind: 'coder', owner: 'Ann' } as const, me: 'Ann', lead: false }
    await mirror.bulkDocs([rowToDocument('annotations', span({ coder: 'Ann' }))])
    await applyMirrorChanges('p1', mirror, me)
    // Another computer of Ann's changes the span (a new revision arrives in the mirror)…
    const winner = await mirror.get('annotation:a1')
    await mirror.bulkDocs([{ ...winner, row: span({ coder: 'Ann', memo: 'from the laptop' }) }])
    // …while this computer changes it too, before applying what arrived.
    await db.annotations.update('a1', { memo: 'from the desktop' })
    await applyMirrorChanges('p1', mirror, me)
    expect((await db.annotations.get('a1'))?.memo).toBe('from the desktop')
    await pumpOutbox(
      'p1',
      { user: 'Ann', lead: false },
      { project: null, own: { db: name, mirror } },
    )
    const doc = await mirror.get('annotation:a1', { conflicts: true })
    expect(doc['_conflicts']).toHaveLength(1)
    const memos = [
      doc,
      await mirror.get('annotation:a1', { rev: (doc['_conflicts'] as string[])[0] }),
    ].map((d) => (d['row'] as Annotation).memo)
    expect(memos.sort()).toEqual(['from the desktop', 'from the laptop'])
    await applyMirrorChanges('p1', mirror, me)
    expect((await db.syncMeta.get('p1'))?.conflicts).toEqual([{ db: name, docId: 'annotation:a1' }])
  })
})
