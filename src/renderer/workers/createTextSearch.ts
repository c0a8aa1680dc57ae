import { createTextSearchCore } from './textSearchCore'
import type { TextSearchRequest, TextSearchResult } from './textSearchProtocol'

/** The renderer's handle on the text search, in a worker or (unit tests) in-process. */
export type TextSearch = {
  search(request: TextSearchRequest): void
  onResult(listener: (result: TextSearchResult) => void): () => void
}

/** One text search per app: its index is what makes later searches instant. */
let shared: TextSearch | null = null

/** Returns the app's text search, starting its worker on first use. */
export function textSearch(): TextSearch {
  if (shared !== null) return shared
  const listeners = new Set<(result: TextSearchResult) => void>()
  const deliver = (result: TextSearchResult) => listeners.forEach((l) => l(result))
  let post: (request: TextSearchRequest) => void
  if (typeof Worker === 'undefined') {
    const handle = createTextSearchCore(deliver)
    post = (request) => void handle(request)
  } else {
    const worker = new Worker(new URL('./textSearchWorker.ts', import.meta.url), { type: 'module' })
    worker.addEventListener('message', (m: MessageEvent<TextSearchResult>) => deliver(m.data))
    post = (request) => worker.postMessage(request)
  }
  shared = {
    search: post,
    onResult: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
  return shared
}
