import { describe, expect, it } from 'vitest'
import { MAX_TITLE_LENGTH, titleFromText } from '../../../src/shared/text/titleFromText'

describe('titleFromText', () => {
  it('takes a short first paragraph as the title', () => {
    expect(titleFromText('DHS secretary won’t abolish ICE\n\nWASHINGTON — …', 'file')).toBe(
      'DHS secretary won’t abolish ICE',
    )
  })

  it('takes a one-paragraph text as its own title when it is short', () => {
    expect(titleFromText('Only a headline', 'file')).toBe('Only a headline')
  })

  it('falls back when the first paragraph is longer than the limit', () => {
    const long = 'w'.repeat(MAX_TITLE_LENGTH + 1)
    expect(titleFromText(`${long}\n\nmore`, 'report')).toBe('report')
    expect(titleFromText('w'.repeat(MAX_TITLE_LENGTH), 'report')).toHaveLength(MAX_TITLE_LENGTH)
  })

  it('falls back for the empty text', () => {
    expect(titleFromText('', 'report')).toBe('report')
  })
})
