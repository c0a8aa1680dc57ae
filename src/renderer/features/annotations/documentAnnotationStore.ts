import type { Annotation } from '../../../shared/domain/annotation'
import { documentAnnotations } from '../../actions/annotationActions'
import {
  applyAnnotationChange,
  onAnnotationChange,
  type AnnotationChange,
} from '../../actions/annotationEvents'

type Entry = {
  list: Annotation[] | undefined
  listeners: Set<() => void>
  /** Changes announced while the first read is under way, applied when it arrives. */
  pending: AnnotationChange[]
  generation: number
}

const entries = new Map<string, Entry>()

function notify(entry: Entry): void {
  for (const listener of entry.listeners) listener()
}

function load(documentId: string, entry: Entry): void {
  const generation = ++entry.generation
  void documentAnnotations(documentId).then((rows) => {
    if (entries.get(documentId) !== entry || entry.generation !== generation) return
    entry.list = entry.pending.splice(0).reduce(applyAnnotationChange, rows)
    notify(entry)
  })
}

onAnnotationChange((change) => {
  const entry = entries.get(change.documentId)
  if (!entry) return
  if (change.kind === 'reload') return load(change.documentId, entry)
  if (entry.list === undefined) return void entry.pending.push(change)
  entry.list = applyAnnotationChange(entry.list, change)
  notify(entry)
})

/**
 * Subscribes to one document's spans; the first subscriber triggers the read, the last one to
 * leave drops the copy. One read and one in-memory list serve the reader, the tagging panel and
 * the annotation panel alike.
 */
export function subscribeDocumentAnnotations(documentId: string, listener: () => void): () => void {
  let entry = entries.get(documentId)
  if (!entry) {
    entry = { list: undefined, listeners: new Set(), pending: [], generation: 0 }
    entries.set(documentId, entry)
    load(documentId, entry)
  }
  entry.listeners.add(listener)
  const subscribed = entry
  return () => {
    subscribed.listeners.delete(listener)
    if (subscribed.listeners.size === 0 && entries.get(documentId) === subscribed) {
      entries.delete(documentId)
    }
  }
}

/** The current spans of a subscribed document in text order, or undefined while loading. */
export function documentAnnotationsSnapshot(documentId: string): Annotation[] | undefined {
  return entries.get(documentId)?.list
}
