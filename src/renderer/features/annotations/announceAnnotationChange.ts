import type { Annotation } from '../../../shared/domain/annotation'

/** A write this window has just made to one document's annotations. */
export type AnnotationChange =
  | { documentId: string; kind: 'upsert'; annotation: Annotation }
  | { documentId: string; kind: 'remove'; id: string }

type Listener = (change: AnnotationChange) => void

const listeners = new Set<Listener>()

/**
 * Tells the open views about a write at once. Re-reading a document's 10,000 spans from
 * IndexedDB takes ~150 ms, over the 50 ms in which a new tag must paint; views apply the change
 * to what they show until the live query delivers the stored truth, which then replaces it.
 */
export function announceAnnotationChange(change: AnnotationChange): void {
  for (const listener of listeners) listener(change)
}

/** Subscribes to announced changes; returns the unsubscribe function. */
export function onAnnotationChange(listener: Listener): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** `list` (in text order) with one change applied, keeping text order; a new array. */
export function applyAnnotationChange(
  list: readonly Annotation[],
  change: AnnotationChange,
): Annotation[] {
  const id = change.kind === 'upsert' ? change.annotation.id : change.id
  const rest = list.filter((a) => a.id !== id)
  if (change.kind === 'remove') return rest
  const row = change.annotation
  // Same order as the [documentId+start] index: by start, then by id.
  let lo = 0
  let hi = rest.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    const a = rest[mid] as Annotation
    if (a.start < row.start || (a.start === row.start && a.id < row.id)) lo = mid + 1
    else hi = mid
  }
  rest.splice(lo, 0, row)
  return rest
}
