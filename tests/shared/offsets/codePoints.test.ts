import { describe, expect, it } from 'vitest'
import {
  codePointOffsets,
  codePointToUtf16,
  utf16ToCodePoint,
} from '../../../src/shared/offsets/codePoints'

// "👍🏽" is two astral code points (four UTF-16 units); "𠀋" is one astral CJK ext-B character.
const text = 'Ok 👍🏽 — 𠀋 said “yes”'
const naive = (s: string, offset: number): number => [...s.slice(0, offset)].length

describe('codePointOffsets', () => {
  it('counts every surrogate pair as one code point', () => {
    const offsets = Array.from({ length: text.length + 1 }, (_, i) => i).filter(
      (i) => !(text.charCodeAt(i) >= 0xdc00 && text.charCodeAt(i) <= 0xdfff),
    )
    expect(codePointOffsets(text, offsets)).toEqual(offsets.map((o) => naive(text, o)))
    expect(codePointOffsets(text, [text.length])).toEqual([[...text].length])
  })

  it('returns results in input order for unsorted, repeated offsets', () => {
    const offsets = [text.length, 0, 7, 3, 7, 12]
    expect(codePointOffsets(text, offsets)).toEqual(offsets.map((o) => naive(text, o)))
  })

  it('counts the whole pair for an offset between its two halves', () => {
    // "👍" occupies units 3 and 4; offset 4 splits it.
    expect(codePointOffsets(text, [4])).toEqual([4])
  })

  it('counts a lone surrogate as one code point', () => {
    expect(codePointOffsets('a\ud800b', [3])).toEqual([3])
  })

  it('clamps offsets outside the text', () => {
    expect(codePointOffsets('a👍', [-5, 99])).toEqual([0, 2])
  })

  it('converts 200,000 offsets in a long text', () => {
    const long = 'word 👍🏽 𠀋 '.repeat(50_000)
    const offsets = Array.from({ length: 200_000 }, (_, i) => (i * 7919) % long.length)
    const result = codePointOffsets(long, offsets)
    expect(result[1]).toBe(naive(long, offsets[1] as number))
  })
})

describe('utf16ToCodePoint and codePointToUtf16', () => {
  it('convert each way and back for every code point boundary', () => {
    const cps = [...text].length
    for (let cp = 0; cp <= cps; cp += 1) {
      const unit = codePointToUtf16(text, cp)
      expect(utf16ToCodePoint(text, unit)).toBe(cp)
      expect(text.slice(0, unit)).toBe([...text].slice(0, cp).join(''))
    }
  })

  it('clamps a code point offset past the end to the text length', () => {
    expect(codePointToUtf16('a👍', 10)).toBe(3)
  })
})
