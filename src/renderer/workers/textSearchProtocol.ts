/** A text search: `version` changes whenever the project's documents do, so the index catches up. */
export type TextSearchRequest = {
  id: number
  projectId: string
  version: string
  words: string[]
}

/** The answer to a search: per query word, the documents whose text has a word starting with it. */
export type TextSearchResult =
  { id: number; hits: Record<string, string[]> } | { id: number; error: string }
