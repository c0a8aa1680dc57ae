import { describe, expect, it } from 'vitest'
import type { Annotation } from '../../../src/shared/domain/annotation'
import { applyAnnotationChange } from '../../../src/renderer/actions/annotationEvents'

const row = (id: string, start: number): Annotation => ({
  id,
  projectId: 'p',
  documentId: 'd',
  coder: 'c',
  start,
  end: start + 5,
  exact: 'xxxxx',
  prefix: '',
  suffix: '',
  textHash: 'a'.repeat(64),
  values: {},
  memo: '',
  codebookVersion: 1,
  createdAt: 0,
  updatedAt: 0,
  deletedAt: null,
})

describe('applyAnnotationChange', () => {
  it('inserts a new span in text order and replaces or removes an existing one', () => {
    const list = [row('a', 0), row('c', 20)]
    const added = applyAnnotationChange(list, {
      documentId: 'd',
      kind: 'upsert',
      annotation: row('b', 10),
    })
    expect(added.map((a) => a.id)).toEqual(['a', 'b', 'c'])
    const edited = applyAnnotationChange(added, {
      documentId: 'd',
      kind: 'upsert',
      annotation: { ...row('b', 10), memo: 'edited' },
    })
    expect(edited.map((a) => a.memo)).toEqual(['', 'edited', ''])
    expect(
      applyAnnotationChange(edited, { documentId: 'd', kind: 'remove', id: 'a' }).map((a) => a.id),
    ).toEqual(['b', 'c'])
    expect(list.map((a) => a.id)).toEqual(['a', 'c'])
  })
})
