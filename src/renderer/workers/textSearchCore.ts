import { loadProjectTexts } from './loadProjectTexts'
import { TextSearchIndex } from './TextSearchIndex'
import type { TextSearchRequest, TextSearchResult } from './textSearchProtocol'

/**
 * The text search behind the document list, run in a worker (textSearchWorker.ts). The index of
 * a project is built lazily on its first search, from Dexie, in chunks; afterwards a search only
 * adds documents it has not seen (when the list's `version` changed) and looks words up, so no
 * keystroke ever reads all texts again. Cancellation: every request supersedes the ones before
 * it; a superseded search is dropped without an answer (the list asks again for the newest).
 */
export function createTextSearchCore(reply: (result: TextSearchResult) => void) {
  let index: TextSearchIndex | null = null
  let indexedProject = ''
  let indexedVersion = ''
  const known = new Set<string>()
  let latest = 0
  let loading: Promise<void> | null = null

  async function catchUp(projectId: string, version: string): Promise<void> {
    if (index === null || projectId !== indexedProject) {
      index = new TextSearchIndex()
      known.clear()
      indexedProject = projectId
      indexedVersion = ''
    }
    if (version === indexedVersion) return
    const target = index
    await loadProjectTexts(projectId, known, (entries) => {
      for (const entry of entries) {
        known.add(entry.id)
        target.add(entry.id, entry.text)
      }
    })
    indexedVersion = version
  }

  return async function handle(request: TextSearchRequest): Promise<void> {
    latest = request.id
    try {
      // One load at a time; searches that arrive meanwhile wait for it instead of starting another.
      while (loading !== null) await loading
      if (request.id !== latest) return
      loading = catchUp(request.projectId, request.version)
      try {
        await loading
      } finally {
        loading = null
      }
      if (request.id !== latest || index === null) return
      reply({ id: request.id, hits: index.search(request.words) })
    } catch (error) {
      reply({ id: request.id, error: (error as Error).message })
    }
  }
}
