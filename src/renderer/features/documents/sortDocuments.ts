import type { NewsDocument } from '../../../shared/domain/document'
import { foldForSearch, searchWords } from '../../workers/TextSearchIndex'

/** The document list's sort keys. */
export type DocumentSortKey = 'title' | 'outlet' | 'date'

/** A sort key and direction. */
export type DocumentSort = { key: DocumentSortKey; direction: 'asc' | 'desc' }

/** The metadata a list row needs; keeps the list independent of the full record. */
export type DocumentListItem = Pick<NewsDocument, 'id' | 'title' | 'outlet' | 'date'>

// Natural, accent- and case-insensitive order ("Article 2" before "Article 10", "é" with "e").
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true })

/**
 * Documents where every word of `query` is in the title or outlet, or (with `textHits`, the text
 * search's answer per word) in the text, sorted by `sort`. Documents
 * with an empty sort value (no outlet, no date) come last in both directions, since "unknown" is
 * neither early nor late; ties fall back to the title so the order is stable.
 */
export function sortDocuments<T extends DocumentListItem>(
  documents: readonly T[],
  query: string,
  sort: DocumentSort,
  textHits: Record<string, ReadonlySet<string>> | null = null,
): T[] {
  const words = searchWords(query)
  const matching = documents.filter((d) => {
    if (words.length === 0) return true
    const haystack = foldForSearch(`${d.title} ${d.outlet}`)
    return words.every((w) => haystack.includes(w) || textHits?.[w]?.has(d.id) === true)
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
