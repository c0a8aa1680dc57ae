import { describe, expect, it } from 'vitest'
import { docIdOf, projectOfRow } from '../../../src/shared/sync/docIds'
import { routeRow } from '../../../src/shared/sync/routeRow'
import { span } from './fixtures'

const lead = { user: 'Lee', lead: true }
const ann = { user: 'Ann', lead: false }

describe('routeRow', () => {
  it('sends a coder’s spans to their own database and keeps another coder’s local', () => {
    expect(routeRow('annotations', span(), ann)).toEqual({ kind: 'coder', user: 'Ann' })
    expect(routeRow('annotations', span({ coder: 'Ben' }), ann).kind).toBe('local')
    expect(routeRow('annotations', span({ coder: 'Ben' }), lead).kind).toBe('local')
  })

  it('sends the consensus and the project’s rows to the project database, for the lead only', () => {
    expect(routeRow('annotations', span({ coder: 'Consensus' }), lead)).toEqual({ kind: 'project' })
    expect(routeRow('annotations', span({ coder: 'Consensus' }), ann).kind).toBe('local')
    expect(routeRow('codebooks', { id: 'c', projectId: 'p1' }, lead)).toEqual({ kind: 'project' })
    expect(routeRow('codebooks', { id: 'c', projectId: 'p1' }, ann).kind).toBe('local')
  })

  it('sends a speaker a coder creates to the coder’s database, the lead’s to the project', () => {
    expect(routeRow('speakers', { id: 's' }, ann)).toEqual({ kind: 'coder', user: 'Ann' })
    expect(routeRow('speakers', { id: 's' }, lead)).toEqual({ kind: 'project' })
  })
})

describe('document ids', () => {
  it('prefix the type, so a document and its text never share an id', () => {
    expect(docIdOf('documents', { id: 'd1' })).toBe('document:d1')
    expect(docIdOf('texts', { documentId: 'd1' })).toBe('text:d1')
  })

  it('name a unique slot by its fields', () => {
    expect(docIdOf('codebookVersions', { id: 'r', projectId: 'p1', version: 6 })).toBe(
      'codebookVersion:p1:6',
    )
  })

  it('find the project of a project setting and none for the installation’s own', () => {
    expect(projectOfRow('settings', { key: 'adjudication:p1' })).toBe('p1')
    expect(projectOfRow('settings', { key: 'coder' })).toBeNull()
    expect(projectOfRow('settings', { key: 'team:p1' })).toBeNull()
  })
})
