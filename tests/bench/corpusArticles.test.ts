import { describe, expect, it } from 'vitest'
import { articleOfWords, corpusArticle, paragraphPool, wordCount } from '../../bench/corpusArticles'
import { createRng } from '../../bench/prng'
import { runQuotesJob } from '../../bench/quotesJob'

const texts = [
  'First headline\n\nOne two three four five.\n\n"Six seven," she said.',
  'Second headline\n\nEight nine ten.',
]

describe('corpus articles for the quotes bench', () => {
  it('cuts headlines and body paragraphs from canonical texts', () => {
    expect(paragraphPool(texts)).toEqual({
      titles: ['First headline', 'Second headline'],
      paragraphs: ['One two three four five.', '"Six seven," she said.', 'Eight nine ten.'],
    })
  })

  it('builds canonical articles of 4–14 real paragraphs, the same for a seed', () => {
    const pool = paragraphPool(texts)
    const a = corpusArticle(createRng(5), pool)
    expect(a).toBe(corpusArticle(createRng(5), pool))
    const paragraphs = a.split('\n\n')
    expect(paragraphs.length).toBeGreaterThanOrEqual(5)
    expect(paragraphs.length).toBeLessThanOrEqual(15)
    for (const p of paragraphs.slice(1)) expect(pool.paragraphs).toContain(p)
  })

  it('builds an article of at least the asked number of words', () => {
    const text = articleOfWords(createRng(1), paragraphPool(texts), 50)
    expect(wordCount(text)).toBeGreaterThanOrEqual(50)
  })

  it('runs the background job and counts what it found', () => {
    const result = runQuotesJob({ texts, count: 20, seed: 3 })
    expect(result.articles).toBe(20)
    expect(result.suggestions).toBeGreaterThan(0)
    expect(runQuotesJob({ texts, count: 20, seed: 3 }).checksum).toBe(result.checksum)
  })
})
