import { describe, expect, it } from 'vitest'
import { describeSpan } from '../../../src/shared/anchoring/describeSpan'
import { MIN_MATCH_SCORE, matchQuote } from '../../../src/shared/anchoring/matchQuote'

const text =
  'Mayorkas said the agency would stay. Critics said the agency would stay only in name. ' +
  'Later, the secretary said: “I’m 100 percent opposed to the abolition of ICE,” and left.'

describe('matchQuote', () => {
  it('finds an exact quote with full score where it was', () => {
    const start = text.indexOf('I’m 100 percent')
    const span = describeSpan(text, start, start + 40)
    const match = matchQuote(text, span, start)
    expect(match).toMatchObject({ start, end: start + 40 })
    expect(match?.score).toBeCloseTo(1, 5)
  })

  it('uses the context to choose between repeated quotes', () => {
    const second = text.indexOf('the agency would stay', 20)
    const span = describeSpan(text, second, second + 21)
    expect(matchQuote(text, span)).toMatchObject({ start: second })
    const first = text.indexOf('the agency would stay')
    expect(matchQuote(text, describeSpan(text, first, first + 21))).toMatchObject({ start: first })
  })

  it('uses the position hint only to break ties', () => {
    const quote = { exact: 'said', prefix: '', suffix: '' }
    const last = text.lastIndexOf('said')
    expect(matchQuote(text, quote, last)).toMatchObject({ start: last })
    expect(matchQuote(text, quote, 0)).toMatchObject({ start: text.indexOf('said') })
  })

  it('finds a quote with a small edit', () => {
    const edited = text.replace('100 percent opposed', '100 per cent opposed')
    const start = text.indexOf('100 percent opposed')
    const match = matchQuote(edited, describeSpan(text, start, start + 36), start)
    expect(match).not.toBeNull()
    expect(edited.slice(match?.start, match?.end)).toContain('100 per cent opposed to the abol')
  })

  it('returns null for a quote that is not in the text', () => {
    const quote = { exact: 'We will build a wall across the moon', prefix: 'He said ', suffix: '.' }
    expect(matchQuote(text, quote)).toBeNull()
  })

  it('returns null when the only similar passage falls short of the minimum score', () => {
    const quote = { exact: 'the agencx woulq', prefix: 'zzzzzzzzzz', suffix: 'yyyyyyyyyy' }
    expect(MIN_MATCH_SCORE).toBeGreaterThan(0.5)
    expect(matchQuote(text, quote)).toBeNull()
    // The same edited quote in its real context is accepted.
    const inContext = { ...quote, prefix: 'Mayorkas said ', suffix: ' stay. Critics' }
    expect(matchQuote(text, inContext)).toMatchObject({ start: text.indexOf('the agency') })
  })

  it('returns null for an empty quote or text', () => {
    expect(matchQuote(text, { exact: '', prefix: '', suffix: '' })).toBeNull()
    expect(matchQuote('', { exact: 'a', prefix: '', suffix: '' })).toBeNull()
  })
})
