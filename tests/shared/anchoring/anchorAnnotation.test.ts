import { describe, expect, it } from 'vitest'
import { anchorAnnotation } from '../../../src/shared/anchoring/anchorAnnotation'
import { describeSpan } from '../../../src/shared/anchoring/describeSpan'
import { sha256Hex } from '../../../src/shared/text/sha256Hex'

const original =
  'DHS secretary won’t abolish ICE\n\nMayorkas said: “I’m 100 percent opposed to the abolition ' +
  'of ICE.” Feere said the policy was a mistake.'
const hash = sha256Hex(original)
const quoteStart = original.indexOf('I’m 100')
const annotation = {
  ...describeSpan(original, quoteStart, original.indexOf('.”') + 1),
  textHash: hash,
}

describe('anchorAnnotation', () => {
  it('keeps the offsets as exact when the text hash is unchanged', () => {
    expect(anchorAnnotation(original, hash, annotation)).toEqual({
      status: 'exact',
      start: annotation.start,
      end: annotation.end,
    })
  })

  it('verifies the offsets when the text changed but the slice still equals the quote', () => {
    const changed = `${original} An update was added at the end.`
    expect(anchorAnnotation(changed, sha256Hex(changed), annotation)).toEqual({
      status: 'verified',
      start: annotation.start,
      end: annotation.end,
    })
  })

  it('moves the offsets of a quote that moved, as fuzzy', () => {
    const moved = original.replace('\n\n', '\n\nUpdated 5 p.m.: corrected a name.\n\n')
    const anchor = anchorAnnotation(moved, sha256Hex(moved), annotation)
    expect(anchor.status).toBe('fuzzy')
    expect(moved.slice(anchor.start, anchor.end)).toBe(annotation.exact)
  })

  it('finds a quote that was slightly edited, as fuzzy', () => {
    const edited = original.replace('100 percent', '100 per cent')
    const anchor = anchorAnnotation(edited, sha256Hex(edited), annotation)
    expect(anchor.status).toBe('fuzzy')
    expect(edited.slice(anchor.start, anchor.end)).toMatch(/^I’m 100 per cent opposed/)
  })

  it('keeps the stored offsets of a quote that is gone, as orphan', () => {
    const gone = original.replace(/“.*”/, '“We will see.”')
    expect(anchorAnnotation(gone, sha256Hex(gone), annotation)).toEqual({
      status: 'orphan',
      start: annotation.start,
      end: annotation.end,
    })
  })

  it('does not trust offsets past the end of the text even with the same hash', () => {
    const broken = { ...annotation, start: 500, end: 520 }
    const anchor = anchorAnnotation(original, hash, broken)
    expect(anchor.status).toBe('fuzzy')
    expect(anchor.start).toBe(annotation.start)
  })
})
