import { useEffect, useState } from 'react'
import { textSearch } from '../../workers/createTextSearch'
import { searchWords } from '../../workers/TextSearchIndex'

/** Per query word, the ids of documents whose text has it; null while the answer is pending. */
export type TextHits = Record<string, ReadonlySet<string>> | null

let nextId = 1

/**
 * Searches the texts of the open project for the words of `query` in the text-search worker.
 * Each keystroke sends a new request that supersedes the previous one (the worker drops stale
 * ones); `version` tells the worker that documents were added, so its index catches up.
 */
export function useTextSearch(projectId: string | null, query: string, version: string): TextHits {
  const [hits, setHits] = useState<{ key: string; hits: TextHits }>({ key: '', hits: null })
  const words = searchWords(query)
  const key = `${projectId}\u0000${version}\u0000${words.join(' ')}`

  useEffect(() => {
    if (projectId === null || words.length === 0) return undefined
    const search = textSearch()
    const id = nextId++
    const unsubscribe = search.onResult((result) => {
      if (result.id !== id) return
      if ('error' in result) return
      const sets: Record<string, ReadonlySet<string>> = {}
      for (const [word, ids] of Object.entries(result.hits)) sets[word] = new Set(ids)
      setHits({ key, hits: sets })
    })
    search.search({ id, projectId, version, words })
    return unsubscribe
    // `key` covers projectId, version and the words.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])

  return hits.key === key ? hits.hits : null
}
