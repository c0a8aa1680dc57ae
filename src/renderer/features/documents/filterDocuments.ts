import type { NewsDocument } from '../../../shared/domain/document'

/** The list's filters; empty strings mean "any". */
export type DocumentFilters = {
  outlet: string
  from: string
  to: string
  attribute: string
  attributeValue: string
}

/** No filter set. */
export const NO_FILTERS: DocumentFilters = {
  outlet: '',
  from: '',
  to: '',
  attribute: '',
  attributeValue: '',
}

/** Whether any filter is set. */
export function hasFilters(filters: DocumentFilters): boolean {
  return Object.values(filters).some((v) => v !== '')
}

// A partial date ("2019", "2019-03") covers a span: it passes when that span meets the range.
function dateSpan(date: string): [string, string] {
  if (/^\d{4}$/.test(date)) return [`${date}-01-01`, `${date}-12-31`]
  if (/^\d{4}-\d{2}$/.test(date)) return [`${date}-01`, `${date}-31`]
  return [date, date]
}

/**
 * Documents passing the filters: outlet (exact), a date range (inclusive; documents without a
 * date are left out once a bound is set), and an attribute (present, and containing the value
 * case-insensitively when one is given).
 */
export function filterDocuments<T extends Pick<NewsDocument, 'outlet' | 'date' | 'attributes'>>(
  documents: readonly T[],
  filters: DocumentFilters,
): T[] {
  if (!hasFilters(filters)) return [...documents]
  const value = filters.attributeValue.trim().toLowerCase()
  return documents.filter((d) => {
    if (filters.outlet !== '' && d.outlet !== filters.outlet) return false
    if (filters.from !== '' || filters.to !== '') {
      if (d.date === '') return false
      const [start, end] = dateSpan(d.date)
      if (filters.from !== '' && end < filters.from) return false
      if (filters.to !== '' && start > filters.to) return false
    }
    if (filters.attribute !== '') {
      const attribute = d.attributes[filters.attribute]
      if (attribute === undefined) return false
      if (value !== '' && !attribute.toLowerCase().includes(value)) return false
    }
    return true
  })
}

/** The distinct outlets and attribute names of a project's documents, sorted, for the selects. */
export function filterChoices(documents: readonly Pick<NewsDocument, 'outlet' | 'attributes'>[]): {
  outlets: string[]
  attributes: string[]
} {
  const outlets = new Set<string>()
  const attributes = new Set<string>()
  for (const d of documents) {
    if (d.outlet !== '') outlets.add(d.outlet)
    for (const name of Object.keys(d.attributes)) attributes.add(name)
  }
  const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true })
  return {
    outlets: [...outlets].sort(collator.compare),
    attributes: [...attributes].sort(collator.compare),
  }
}
