import type { CodingStatus } from '../../../shared/domain/articleCoding'

/**
 * The document after `currentId` in `order` that is not complete, wrapping round to the top of
 * the list; null when every other document is complete. A current document missing from the
 * order (filtered out) starts the search at the top.
 */
export function nextDocumentToCode(
  order: readonly string[],
  currentId: string | null,
  statuses: ReadonlyMap<string, CodingStatus>,
): string | null {
  const at = currentId === null ? -1 : order.indexOf(currentId)
  for (let step = 1; step <= order.length; step++) {
    const id = order[(at + step) % order.length] as string
    if (id !== currentId && statuses.get(id) !== 'complete') return id
  }
  return null
}
