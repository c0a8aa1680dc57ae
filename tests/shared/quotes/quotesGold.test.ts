import { describe, expect, it } from 'vitest'
import { loadQuotesGold } from '../../fixtures/quotes-gold/loadQuotesGold'

const gold = loadQuotesGold()

describe('the quote gold set', () => {
  it('holds at least 40 articles, split into a dev half and a held-out half', () => {
    expect(gold.length).toBeGreaterThanOrEqual(40)
    const dev = gold.filter((a) => a.split === 'dev').length
    expect(dev).toBe(gold.length - dev)
  })

  it.each(gold.map((a) => [a.id, a] as const))(
    '%s: the text is the one that was coded and every offset slices its recorded text',
    (_, article) => {
      expect(article.textHash).toBe(article.textSha256)
      expect(article.text.length).toBe(article.textLength)
      const names = new Set(article.speakers.map((s) => s.name))
      for (const quote of article.quotes) {
        const spans = [...quote.parts, quote.cue, quote.mention].filter((s) => s !== undefined)
        for (const span of spans) {
          expect(span.end).toBeGreaterThan(span.start)
          expect(span.end).toBeLessThanOrEqual(article.text.length)
          expect(article.text.slice(span.start, span.end)).toBe(span.text)
          expect(span.text.trim()).not.toBe('')
        }
        // Parts are in text order and do not overlap.
        for (let i = 1; i < quote.parts.length; i++)
          expect(quote.parts[i]!.start).toBeGreaterThanOrEqual(quote.parts[i - 1]!.end)
        if (quote.speaker !== null) expect(names).toContain(quote.speaker)
      }
    },
  )

  it('puts no quote in a headline (guidelines §2)', () => {
    for (const article of gold) {
      const headlineEnd = article.text.indexOf('\n\n')
      for (const quote of article.quotes) expect(quote.parts[0]!.start).toBeGreaterThan(headlineEnd)
    }
  })
})
