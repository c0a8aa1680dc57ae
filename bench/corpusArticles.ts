import type { Rng } from './prng'

/** What generated articles are cut from: real headlines and real body paragraphs. */
export type ParagraphPool = { titles: string[]; paragraphs: string[] }

/**
 * The headlines and body paragraphs of canonical texts (headline first, paragraphs joined by
 * "\n\n"), for building new articles of real news prose. Pure: runs in a worker too.
 */
export function paragraphPool(texts: readonly string[]): ParagraphPool {
  const titles: string[] = []
  const paragraphs: string[] = []
  for (const text of texts) {
    const [title, ...body] = text.split('\n\n')
    if (title !== undefined) titles.push(title)
    paragraphs.push(...body)
  }
  return { titles, paragraphs }
}

/** Whitespace-separated words of a text. */
export const wordCount = (text: string): number => text.split(/\s+/u).filter((w) => w !== '').length

/**
 * A canonical article of real news prose: a random headline and 4 to 14 random body paragraphs
 * of the pool (Wikinews paragraphs are quote-dense, so the mix keeps the extractor busy).
 */
export function corpusArticle(rng: Rng, pool: ParagraphPool): string {
  const count = rng.int(4, 14)
  const body = Array.from({ length: count }, () => rng.pick(pool.paragraphs))
  return [rng.pick(pool.titles), ...body].join('\n\n')
}

/** A canonical article of at least `words` words: a headline, then random paragraphs until then. */
export function articleOfWords(rng: Rng, pool: ParagraphPool, words: number): string {
  const parts = [rng.pick(pool.titles)]
  let total = wordCount(parts[0] as string)
  while (total < words) {
    const paragraph = rng.pick(pool.paragraphs)
    parts.push(paragraph)
    total += wordCount(paragraph)
  }
  return parts.join('\n\n')
}
