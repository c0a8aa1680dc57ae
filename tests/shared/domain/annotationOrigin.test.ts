import { describe, expect, it } from 'vitest'
import { annotationSchema, originLabel } from '../../../src/shared/domain/annotation'

const span = {
  id: 'a1',
  projectId: 'p1',
  documentId: 'd1',
  coder: 'Ana',
  start: 0,
  end: 4,
  exact: 'ICE.',
  prefix: '',
  suffix: '',
  textHash: 'f'.repeat(64),
  values: {},
  memo: '',
  codebookVersion: 1,
  createdAt: 1,
  updatedAt: 1,
  deletedAt: null,
}

describe('annotation origin', () => {
  it('reads a span stored before origins existed as a coder span', () => {
    const parsed = annotationSchema.parse(span)
    expect(parsed.origin).toBeUndefined()
    expect(originLabel(parsed.origin)).toBe('coder')
  })

  it('keeps a suggested origin with whether the coder edited it', () => {
    const parsed = annotationSchema.parse({ ...span, origin: { kind: 'suggested', edited: true } })
    expect(originLabel(parsed.origin)).toBe('suggested (edited)')
    expect(originLabel({ kind: 'suggested', edited: false })).toBe('suggested')
  })

  it('labels a search origin with its query so exports can filter by prefix', () => {
    expect(originLabel({ kind: 'search', query: 'ICE NEAR/5 mayorkas' })).toBe(
      'search: ICE NEAR/5 mayorkas',
    )
  })

  it('refuses an origin it does not know', () => {
    expect(annotationSchema.safeParse({ ...span, origin: { kind: 'model' } }).success).toBe(false)
    expect(
      annotationSchema.safeParse({ ...span, origin: { kind: 'search', query: '' } }).success,
    ).toBe(false)
  })
})
