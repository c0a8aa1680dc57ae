import { describe, expect, it } from 'vitest'
import { sortDocuments } from '../../../../src/renderer/features/documents/sortDocuments'

const docs = [
  { id: 'a', title: 'Article 10', outlet: 'Le Monde', date: '2024-03-02' },
  { id: 'b', title: 'article 2', outlet: '', date: '' },
  { id: 'c', title: 'Économie en crise', outlet: 'Die Zeit', date: '2023-11-30' },
]

describe('sortDocuments', () => {
  it('sorts titles naturally and without regard to case or accents', () => {
    const ids = sortDocuments(docs, '', { key: 'title', direction: 'asc' }).map((d) => d.id)
    expect(ids).toEqual(['b', 'a', 'c'])
  })

  it('puts documents without a date last in both directions', () => {
    expect(sortDocuments(docs, '', { key: 'date', direction: 'asc' }).map((d) => d.id)).toEqual([
      'c',
      'a',
      'b',
    ])
    expect(sortDocuments(docs, '', { key: 'date', direction: 'desc' }).map((d) => d.id)).toEqual([
      'a',
      'c',
      'b',
    ])
  })

  it('filters on title and outlet, ignoring accents and word order', () => {
    expect(
      sortDocuments(docs, 'economie', { key: 'title', direction: 'asc' }).map((d) => d.id),
    ).toEqual(['c'])
    expect(
      sortDocuments(docs, 'monde 10', { key: 'title', direction: 'asc' }).map((d) => d.id),
    ).toEqual(['a'])
  })
})
