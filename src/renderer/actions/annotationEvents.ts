import type { Annotation } from '../../shared/domain/annotation'

/**
 * A write this window has just made to one document's annotations. `reload` asks views to read
 * the document's spans again (bulk changes such as a codebook merge).
 */
export type AnnotationChange =
  | { documentId: string; kind: 'upsert'; annotation: Annotation }
  | { documentId: string; kind: 'remove'; id: string }
  | { documentId: string; kind: 'reload' }

type Listener = (change: AnnotationChange) => void

const listeners = new Set<Listener>()

/**
 * Tells the open views about a write as soon as it is committed. Views hold a document's spans in
 * memory and apply these changes instead of re-reading: re-reading 10,000 spans from IndexedDB
 * takes ~200 ms, four times the 50 ms in which a new tag must paint. Every annotation write goes
 * through actions/annotationActions, which announces it (undo and redo included).
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
  if (change.kind === 'reload') return [...list]
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
