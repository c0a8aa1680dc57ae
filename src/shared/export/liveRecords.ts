import type { Annotation } from '../domain/annotation'
import type { NewsDocument } from '../domain/document'

/**
 * Returns the live (not deleted) documents sorted by title then id, and the live annotations of
 * those documents: what every table of an export counts, so the tables agree with each other.
 */
export function liveRecords(
  documents: readonly NewsDocument[],
  annotations: readonly Annotation[],
): { documents: NewsDocument[]; annotations: Annotation[] } {
  const live = documents.filter((d) => d.deletedAt === null)
  live.sort((a, b) => (a.title < b.title ? -1 : a.title > b.title ? 1 : a.id < b.id ? -1 : 1))
  const ids = new Set(live.map((d) => d.id))
  return {
    documents: live,
    annotations: annotations.filter((a) => a.deletedAt === null && ids.has(a.documentId)),
  }
}
