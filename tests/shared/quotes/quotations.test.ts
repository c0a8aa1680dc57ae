import { describe, expect, it } from 'vitest'
import { findQuotations } from '../../../src/shared/quotes/quotations'

const parts = (text: string) =>
  findQuotations(text).map((q) => ({
    mark: q.mark,
    parent: q.parent,
    closed: q.closed,
    parts: q.parts.map((p) => text.slice(p.start, p.end)),
  }))

describe('findQuotations', () => {
  it('pairs straight and curly double marks, keeping the content between them', () => {
    expect(parts('He said "yes, now." She said “no.”')).toEqual([
      { mark: 'double', parent: -1, closed: true, parts: ['yes, now.'] },
      { mark: 'double', parent: -1, closed: true, parts: ['no.'] },
    ])
  })

  it('finds single quotes nested in double ones, and leaves apostrophes alone', () => {
    const found = parts('“It’s what Mayorkas’ staff call ‘notoriously low morale’,” he said.')
    expect(found).toEqual([
      {
        mark: 'double',
        parent: -1,
        closed: true,
        parts: ['It’s what Mayorkas’ staff call ‘notoriously low morale’,'],
      },
      { mark: 'single', parent: 0, closed: true, parts: ['notoriously low morale'] },
    ])
  })

  it('continues a quote into the next paragraph that opens with a mark, one part each', () => {
    const text = '“First paragraph of the quote.\n\n“Second paragraph.”\n\nNarration.'
    expect(parts(text)).toEqual([
      {
        mark: 'double',
        parent: -1,
        closed: true,
        parts: ['First paragraph of the quote.', 'Second paragraph.'],
      },
    ])
  })

  it('ends an unclosed quote at its paragraph when the next one does not open with a mark', () => {
    const text = 'He said "this never closes.\n\nNarration goes on.'
    expect(parts(text)).toEqual([
      { mark: 'double', parent: -1, closed: false, parts: ['this never closes.'] },
    ])
  })

  it('starts a single quote only where a word begins, so "don\'t" and "the 1990s\'" are words', () => {
    expect(parts("They don't know the 1990s' music or 'jazz' either.")).toEqual([
      { mark: 'single', parent: -1, closed: true, parts: ['jazz'] },
    ])
  })
})
