import { describe, expect, it } from 'vitest'
import { isDimensionShown } from '../../../src/shared/codebook/isDimensionShown'
import type { Dimension } from '../../../src/shared/domain/codebook'

const justified: Dimension = {
  id: 'anon_justified',
  name: 'Anonymity justified',
  column: 'anon_justified',
  description: '',
  kind: 'boolean',
  scope: 'span',
  required: false,
  values: [],
  showWhen: { dimensionId: 'identification', valueIds: ['identification.anonymous'] },
}

describe('skip logic', () => {
  it('shows a dimension without a rule whatever is coded', () => {
    expect(isDimensionShown({ ...justified, showWhen: null }, {})).toBe(true)
  })

  it('shows a ruled dimension only while the controlling value is chosen', () => {
    expect(isDimensionShown(justified, {})).toBe(false)
    expect(isDimensionShown(justified, { identification: 'identification.named' })).toBe(false)
    expect(isDimensionShown(justified, { identification: 'identification.anonymous' })).toBe(true)
    expect(isDimensionShown(justified, { identification: ['identification.anonymous'] })).toBe(true)
  })
})
