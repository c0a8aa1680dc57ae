import { db } from './NewscoderDb'

/** How many texts stay cached: the open article plus a few recently opened ones. */
const CACHE_SIZE = 6

const cache = new Map<string, string>()

/**
 * The canonical text of a document, read once and then served from memory. Safe to cache because
 * a canonical text never changes after import; a 100,000-word text is ~700 KB, so re-reading it
 * on every tag would cost more than the whole tagging budget.
 */
export async function loadDocumentText(documentId: string): Promise<string | undefined> {
  const hit = cache.get(documentId)
  if (hit !== undefined) {
    // Re-insert to mark it most recently used.
    cache.delete(documentId)
    cache.set(documentId, hit)
    return hit
  }
  const row = await db.texts.get(documentId)
  if (!row) return undefined
  cache.set(documentId, row.text)
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string)
  return row.text
}

/** The cached text, if it has been loaded; lets views render synchronously on re-open. */
export function cachedDocumentText(documentId: string): string | undefined {
  return cache.get(documentId)
}
