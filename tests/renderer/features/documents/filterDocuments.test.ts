import { describe, expect, it } from 'vitest'
import {
  filterDocuments,
  NO_FILTERS,
} from '../../../../src/renderer/features/documents/filterDocuments'

const doc = (outlet: string, date: string, attributes: Record<string, string> = {}) => ({
  outlet,
  date,
  attributes,
})

describe('filterDocuments', () => {
  const docs = [
    doc('Times', '2019-03-05'),
    doc('Times', '2019'),
    doc('Monde', ''),
    doc('Monde', '2020-01', { lang: 'fr' }),
  ]

  it('keeps partial dates whose span meets the range and drops undated documents', () => {
    expect(filterDocuments(docs, { ...NO_FILTERS, from: '2019-06-01', to: '2020-01-15' })).toEqual([
      docs[1],
      docs[3],
    ])
  })

  it('filters by exact outlet and by attribute presence and value', () => {
    expect(filterDocuments(docs, { ...NO_FILTERS, outlet: 'Monde' })).toEqual([docs[2], docs[3]])
    expect(filterDocuments(docs, { ...NO_FILTERS, attribute: 'lang' })).toEqual([docs[3]])
    expect(
      filterDocuments(docs, { ...NO_FILTERS, attribute: 'lang', attributeValue: 'de' }),
    ).toEqual([])
  })
})
