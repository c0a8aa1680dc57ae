import type { NewsDocument } from '../../../shared/domain/document'

/** The document list's sort keys. */
export type DocumentSortKey = 'title' | 'outlet' | 'date'

/** A sort key and direction. */
export type DocumentSort = { key: DocumentSortKey; direction: 'asc' | 'desc' }

/** The metadata a list row needs; keeps the list independent of the full record. */
export type DocumentListItem = Pick<NewsDocument, 'id' | 'title' | 'outlet' | 'date'>

// Natural, accent- and case-insensitive order ("Article 2" before "Article 10", "é" with "e").
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true })

/** Lower-cased, accent-free form for matching a typed filter against titles and outlets. */
function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

/**
 * Documents whose title or outlet contains every word of `query`, sorted by `sort`. Documents
 * with an empty sort value (no outlet, no date) come last in both directions, since "unknown" is
 * neither early nor late; ties fall back to the title so the order is stable.
 */
export function sortDocuments<T extends DocumentListItem>(
  documents: readonly T[],
  query: string,
  sort: DocumentSort,
): T[] {
  const words = fold(query).split(/\s+/).filter(Boolean)
  const matching = documents.filter((d) => {
    const haystack = fold(`${d.title} ${d.outlet}`)
    return words.every((w) => haystack.includes(w))
  })
  const sign = sort.direction === 'asc' ? 1 : -1
  return matching.sort((a, b) => {
    const av = a[sort.key]
    const bv = b[sort.key]
    if (av === '' && bv !== '') return 1
    if (bv === '' && av !== '') return -1
    return sign * collator.compare(av, bv) || collator.compare(a.title, b.title)
  })
}
