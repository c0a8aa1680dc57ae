import { describe, expect, it } from 'vitest'
import { visibleAnnotations } from '../../../../src/renderer/features/coders/visibleAnnotations'
import type { Annotation } from '../../../../src/shared/domain/annotation'

const a = (id: string, coder: string) => ({ id, coder }) as Annotation
const list = [a('1', 'Ana'), a('2', 'Ben'), a('3', 'Consensus')]
const ids = (xs: Annotation[]) => xs.map((x) => x.id)

describe('visibleAnnotations', () => {
  it('shows everyone, only mine, or one other coder', () => {
    expect(visibleAnnotations(list, { kind: 'all' }, 'Ana', false)).toBe(list)
    expect(ids(visibleAnnotations(list, { kind: 'mine' }, 'Ana', false))).toEqual(['1'])
    expect(
      ids(visibleAnnotations(list, { kind: 'coder', coder: 'Consensus' }, 'Ana', false)),
    ).toEqual(['3'])
  })

  it('shows only mine in blind mode, whatever the layer', () => {
    expect(ids(visibleAnnotations(list, { kind: 'all' }, 'Ben', true))).toEqual(['2'])
  })
})
