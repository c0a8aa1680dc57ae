import { describe, expect, it } from 'vitest'
import { applyCodebookChange } from '../../../src/shared/codebook/codebookChange'
import { shortcutConflicts } from '../../../src/shared/codebook/shortcutConflicts'
import { policyFramesTemplate } from '../../../src/shared/codebook/templates/policyFramesTemplate'
import { dims } from './fixtures'

const key = (dimensionId: string, valueId: string, shortcut: string) =>
  ({ kind: 'update-value', dimensionId, valueId, patch: { shortcut } }) as const

describe('shortcut conflicts', () => {
  it('finds none in the shipped templates', () => {
    expect(shortcutConflicts({ dimensions: dims() })).toEqual([])
    expect(shortcutConflicts({ dimensions: policyFramesTemplate() })).toEqual([])
  })

  it('reports one key on two span values, naming both', () => {
    const { dimensions } = applyCodebookChange(dims(), key('quote_type', 'quote_type.direct', '2'))
    const [conflict, ...rest] = shortcutConflicts({ dimensions })
    expect(rest).toEqual([])
    expect(conflict?.holders.map((h) => h.valueId)).toEqual(['stance.against', 'quote_type.direct'])
    expect(conflict?.message).toBe(
      'Key “2” is given to “Against” (Stance) and “Direct” (Quote type).',
    )
  })

  it('reports a key reserved by the tagging panel, ignoring case', () => {
    const { dimensions } = applyCodebookChange(dims(), key('quote_type', 'quote_type.direct', 'S'))
    const [conflict] = shortcutConflicts({ dimensions })
    expect(conflict?.reservedFor).toBe('the Speaker box')
  })

  it('ignores article-level values, which the span panel never reads', () => {
    let d = dims()
    d = applyCodebookChange(d, key('quote_type', 'quote_type.direct', '2')).dimensions
    d = applyCodebookChange(d, {
      kind: 'update-dimension',
      dimensionId: 'quote_type',
      patch: { scope: 'article' },
    }).dimensions
    expect(shortcutConflicts({ dimensions: d })).toEqual([])
  })
})
