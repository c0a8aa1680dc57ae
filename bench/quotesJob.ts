import { extractQuotes } from '../src/shared/quotes/extractQuotes'
import { corpusArticle, paragraphPool, wordCount } from './corpusArticles'
import { createRng } from './prng'

/** One background run: generate `count` articles from `texts` with `seed`, suggest their quotes. */
export type QuotesJob = { texts: string[]; count: number; seed: number }

/** What a run did; `checksum` ties a worker's result to the same run elsewhere. */
export type QuotesJobResult = {
  articles: number
  words: number
  suggestions: number
  /** Sum over suggestions of the first part's start: equal runs give equal sums. */
  checksum: number
  /** Time inside extractQuotes only (generation excluded), ms. */
  extractMs: number
}

/**
 * Runs the job the way a background "Suggest quotes" over a corpus would: one article after
 * another on one thread. Pure apart from the clock, so the same bundle runs in a Node worker
 * thread and in a browser Web Worker.
 */
export function runQuotesJob(job: QuotesJob): QuotesJobResult {
  const pool = paragraphPool(job.texts)
  const rng = createRng(job.seed)
  const result: QuotesJobResult = {
    articles: 0,
    words: 0,
    suggestions: 0,
    checksum: 0,
    extractMs: 0,
  }
  for (let i = 0; i < job.count; i++) {
    const text = corpusArticle(rng, pool)
    const started = performance.now()
    const suggestions = extractQuotes(text)
    result.extractMs += performance.now() - started
    result.articles++
    result.words += wordCount(text)
    result.suggestions += suggestions.length
    for (const s of suggestions)
      result.checksum = (result.checksum + (s.parts[0]?.start ?? 0)) % 1_000_000_007
  }
  return result
}
