import { describe, expect, it } from 'vitest'
import { CONTEXT_LENGTH, describeSpan } from '../../../src/shared/anchoring/describeSpan'

describe('describeSpan', () => {
  const text = `${'a'.repeat(40)}QUOTE${'b'.repeat(40)}`

  it('returns the quote with 32 characters of context either side', () => {
    expect(describeSpan(text, 40, 45)).toEqual({
      start: 40,
      end: 45,
      exact: 'QUOTE',
      prefix: 'a'.repeat(CONTEXT_LENGTH),
      suffix: 'b'.repeat(CONTEXT_LENGTH),
    })
  })

  it('returns shorter context at the edges of the text', () => {
    expect(describeSpan('Say “no”.', 4, 8)).toEqual({
      start: 4,
      end: 8,
      exact: '“no”',
      prefix: 'Say ',
      suffix: '.',
    })
  })

  it('never cuts a surrogate pair in its context', () => {
    const emoji = `x👍${'p'.repeat(31)}Q${'s'.repeat(31)}👍x`
    const start = emoji.indexOf('Q')
    const span = describeSpan(emoji, start, start + 1)
    expect(span.prefix).toBe('p'.repeat(31))
    expect(span.suffix).toBe('s'.repeat(31))
  })

  it('throws on an empty or out-of-range span', () => {
    expect(() => describeSpan('abc', 2, 2)).toThrow(RangeError)
    expect(() => describeSpan('abc', -1, 2)).toThrow(RangeError)
    expect(() => describeSpan('abc', 1, 4)).toThrow(RangeError)
  })
})
