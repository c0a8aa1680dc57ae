/** Lower-cased, accent-free form used for matching; the same folding as the list's title filter. */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

/** The words of a query or a text: runs of letters and digits after folding. */
export function searchWords(text: string): string[] {
  return foldForSearch(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
}

/**
 * An inverted index of the words of many texts, for search-as-you-type over 20,000 articles:
 * each distinct word maps to the documents containing it, and a query word matches every indexed
 * word it begins (so "budg" finds "budget"). It keeps words and document numbers, not the texts
 * (tens of megabytes for 20,000 articles instead of the hundreds their texts take).
 */
export class TextSearchIndex {
  private readonly ids: string[] = []
  private readonly postings = new Map<string, number[]>()
  private sorted: string[] | null = []

  /** Number of documents indexed. */
  get size(): number {
    return this.ids.length
  }

  /** Adds a document's text. */
  add(id: string, text: string): void {
    const doc = this.ids.length
    this.ids.push(id)
    for (const word of new Set(searchWords(text))) {
      const list = this.postings.get(word)
      if (list === undefined) {
        this.postings.set(word, [doc])
        this.sorted = null
      } else list.push(doc)
    }
  }

  /** For each query word, the ids of the documents with a word that starts with it. */
  search(words: readonly string[]): Record<string, string[]> {
    if (this.sorted === null) this.sorted = [...this.postings.keys()].sort()
    const vocabulary = this.sorted
    const result: Record<string, string[]> = {}
    for (const word of words) {
      const docs = new Set<number>()
      for (let i = lowerBound(vocabulary, word); i < vocabulary.length; i += 1) {
        const candidate = vocabulary[i] as string
        if (!candidate.startsWith(word)) break
        for (const doc of this.postings.get(candidate) ?? []) docs.add(doc)
      }
      result[word] = [...docs].map((d) => this.ids[d] as string)
    }
    return result
  }
}

function lowerBound(sorted: readonly string[], value: string): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((sorted[mid] as string) < value) lo = mid + 1
    else hi = mid
  }
  return lo
}
