import { describe, expect, it } from 'vitest'
import { parseIncomingDocument } from '../../../src/shared/sync/parseIncomingDocument'
import { rowToDocument } from '../../../src/shared/sync/syncDocument'
import { span } from './fixtures'

const ann = { kind: 'coder', owner: 'Ann' } as const

describe('parseIncomingDocument', () => {
  it('gives back the row of a valid document, defaults filled in as on every read', () => {
    const { memo: _memo, ...withoutMemo } = span()
    const result = parseIncomingDocument(rowToDocument('annotations', withoutMemo), 'p1', ann)
    expect(result).toEqual({ ok: true, table: 'annotations', row: span() })
  })

  it.each([
    ['a string', 'garbage'],
    ['an array', [1, 2]],
    ['an unknown type', { _id: 'x:1', type: 'x', projectId: 'p1', row: {} }],
    ['no row', { _id: 'annotation:a1', type: 'annotation', projectId: 'p1' }],
    [
      'a row that breaks the schema',
      { ...rowToDocument('annotations', span()), row: { ...span(), end: 'ten' } },
    ],
    [
      'a span whose end precedes its start',
      rowToDocument('annotations', span({ start: 9, end: 2 })),
    ],
    ['another project', rowToDocument('annotations', span({ projectId: 'p2' }))],
    ['an id naming another row', { ...rowToDocument('annotations', span()), _id: 'annotation:zz' }],
    [
      'another coder’s span in Ann’s database',
      rowToDocument('annotations', span({ coder: 'Ben' })),
    ],
  ])('refuses %s', (_what, doc) => {
    expect(parseIncomingDocument(doc, 'p1', ann).ok).toBe(false)
  })

  it('refuses a project row in a coder database and a coder’s span in the project database', () => {
    const project = {
      id: 'p1',
      name: 'P',
      createdAt: 1,
      updatedAt: 1,
      deletedAt: null,
      isSample: false,
    }
    expect(parseIncomingDocument(rowToDocument('projects', project), 'p1', ann).ok).toBe(false)
    expect(
      parseIncomingDocument(rowToDocument('projects', project), 'p1', { kind: 'project' }).ok,
    ).toBe(true)
    expect(
      parseIncomingDocument(rowToDocument('annotations', span()), 'p1', { kind: 'project' }).ok,
    ).toBe(false)
    const consensus = rowToDocument('annotations', span({ coder: 'Consensus' }))
    expect(parseIncomingDocument(consensus, 'p1', { kind: 'project' }).ok).toBe(true)
  })

  it('checks the value of a project setting against its schema', () => {
    const doc = (value: unknown) => rowToDocument('settings', { key: 'blindMode:p1', value })
    expect(parseIncomingDocument(doc(true), 'p1', { kind: 'project' }).ok).toBe(true)
    expect(parseIncomingDocument(doc('yes'), 'p1', { kind: 'project' }).ok).toBe(false)
  })
})
