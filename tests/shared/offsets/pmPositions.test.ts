import { describe, expect, it } from 'vitest'
import { createOffsetMap, docToCanonicalText } from '../../../src/shared/offsets/pmPositions'
import { paragraphRanges } from '../../../src/shared/text/paragraphs'

const paragraphs = ['Headline 👍🏽', 'Lead “quote” here.', 'End.']
const text = docToCanonicalText(paragraphs)

/** Positions of a doc of paragraphs, computed the way ProseMirror counts them. */
function expectedPositions(): Map<number, number> {
  const map = new Map<number, number>()
  let pos = 0
  let offset = 0
  paragraphs.forEach((p, i) => {
    pos += 1 // paragraph open token
    for (let k = 0; k <= p.length; k += 1) map.set(offset + k, pos + k)
    pos += p.length + 1 // text and close token
    offset += p.length + (i < paragraphs.length - 1 ? 2 : 0)
  })
  return map
}

describe('createOffsetMap', () => {
  const map = createOffsetMap(text)
  const expected = expectedPositions()

  it('lists the same paragraphs as paragraphRanges', () => {
    expect(map.paragraphs).toEqual(paragraphRanges(text))
    expect(map.paragraphs.map((r) => text.slice(r.start, r.end))).toEqual(paragraphs)
  })

  it('maps every offset inside a paragraph to its ProseMirror position and back', () => {
    for (const [offset, pos] of expected) {
      expect(map.toPos(offset)).toBe(pos)
      expect(map.toOffset(pos)).toBe(offset)
    }
  })

  it('gives offset + 1 for every paragraph offset while the separator is two characters', () => {
    for (const [offset, pos] of expected) expect(pos).toBe(offset + 1)
  })

  it('round-trips every offset of the text, separators going to the next paragraph', () => {
    for (let offset = 0; offset <= text.length; offset += 1) {
      const back = map.toOffset(map.toPos(offset))
      const next = map.paragraphs.find((r) => r.start >= offset)?.start
      expect(back).toBe(expected.has(offset) ? offset : next)
    }
  })

  it('maps an offset inside a separator to the start of the next paragraph', () => {
    const sep = (map.paragraphs[0]?.end ?? 0) + 1
    expect(map.toPos(sep)).toBe(map.toPos(map.paragraphs[1]?.start ?? 0))
  })

  it('maps a position between two paragraphs to the start of the next paragraph', () => {
    const between = map.toPos(map.paragraphs[0]?.end ?? 0) + 1
    expect(map.toOffset(between)).toBe(map.paragraphs[1]?.start)
  })

  it('clamps offsets and positions outside the document', () => {
    expect(map.toPos(-4)).toBe(1)
    expect(map.toPos(text.length + 10)).toBe(map.toPos(text.length))
    expect(map.toOffset(0)).toBe(0)
    expect(map.toOffset(-1)).toBe(0)
    expect(map.toOffset(10_000)).toBe(text.length)
  })

  it('maps the empty text to one empty paragraph', () => {
    const empty = createOffsetMap('')
    expect(empty.toPos(0)).toBe(1)
    expect(empty.toOffset(1)).toBe(0)
  })

  it('round-trips the canonical text of a doc built from its paragraphs', () => {
    expect(docToCanonicalText(map.paragraphs.map((r) => text.slice(r.start, r.end)))).toBe(text)
  })
})
