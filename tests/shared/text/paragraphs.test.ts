import { describe, expect, it } from 'vitest'
import { paragraphIndexAt, paragraphRanges } from '../../../src/shared/text/paragraphs'

describe('paragraphRanges', () => {
  it('returns the offsets of each paragraph between "\\n\\n" separators', () => {
    const text = 'Head\n\nLead para\n\nEnd'
    const ranges = paragraphRanges(text)
    expect(ranges).toEqual([
      { start: 0, end: 4 },
      { start: 6, end: 15 },
      { start: 17, end: 20 },
    ])
    expect(ranges.map((r) => text.slice(r.start, r.end))).toEqual(['Head', 'Lead para', 'End'])
  })

  it('returns one empty paragraph for the empty text', () => {
    expect(paragraphRanges('')).toEqual([{ start: 0, end: 0 }])
  })

  it('counts UTF-16 units, so an emoji takes two', () => {
    expect(paragraphRanges('👍\n\nx')).toEqual([
      { start: 0, end: 2 },
      { start: 4, end: 5 },
    ])
  })
})

describe('paragraphIndexAt', () => {
  const ranges = paragraphRanges('Head\n\nLead para\n\nEnd')

  it('finds the paragraph holding an offset', () => {
    expect(paragraphIndexAt(ranges, 0)).toBe(0)
    expect(paragraphIndexAt(ranges, 3)).toBe(0)
    expect(paragraphIndexAt(ranges, 6)).toBe(1)
    expect(paragraphIndexAt(ranges, 14)).toBe(1)
    expect(paragraphIndexAt(ranges, 17)).toBe(2)
  })

  it('gives an offset at a paragraph end or in a separator to the next paragraph', () => {
    expect(paragraphIndexAt(ranges, 4)).toBe(1)
    expect(paragraphIndexAt(ranges, 5)).toBe(1)
    expect(paragraphIndexAt(ranges, 16)).toBe(2)
  })

  it('clamps offsets outside the text to the first or last paragraph', () => {
    expect(paragraphIndexAt(ranges, -3)).toBe(0)
    expect(paragraphIndexAt(ranges, 20)).toBe(2)
    expect(paragraphIndexAt(ranges, 99)).toBe(2)
  })

  it('agrees with a linear scan on a long text', () => {
    const text = Array.from({ length: 200 }, (_, i) => 'p'.repeat((i % 7) + 1)).join('\n\n')
    const many = paragraphRanges(text)
    for (let offset = 0; offset < text.length; offset += 1) {
      const linear = many.findIndex((r) => offset < r.end)
      expect(paragraphIndexAt(many, offset)).toBe(linear === -1 ? many.length - 1 : linear)
    }
  })

  it('returns -1 when there are no paragraphs', () => {
    expect(paragraphIndexAt([], 0)).toBe(-1)
  })
})
