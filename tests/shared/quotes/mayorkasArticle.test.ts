import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { extractQuotes } from '../../../src/shared/quotes/extractQuotes'
import { normaliseText } from '../../../src/shared/text/normaliseText'
import { asWords } from './quoteTestHelpers'

// The Law Enforcement Today article of the shared corpus, as the app stores it after import.
const text = normaliseText(
  readFileSync(
    new URL('../../../../shared/corpus/mayorkas-ice-sanctuary.txt', import.meta.url),
    'utf8',
  ),
)
const suggestions = extractQuotes(text)
const found = asWords(text, suggestions)
const covering = (words: string) =>
  found.filter((q) => q.parts.some((p) => p.includes(words) || words.includes(p)))

describe('extractQuotes on the Mayorkas article', () => {
  it('works on the canonical text, which keeps the article’s no-break spaces', () => {
    expect(text.match(/\u00a0/gu)).toHaveLength(11)
    const mention = found.find((q) => q.mention?.includes('Secretary\u00a0Alejandro Mayorkas'))
    expect(mention?.speakerName).toBe('Alejandro Mayorkas')
  })

  it('suggests nothing in the site’s promotion text and boilerplate', () => {
    const promo = ['Do you want to join', 'LET Unity', 'click “following”', 'Facebook Follow First']
    for (const words of promo) {
      const at = text.indexOf(words)
      expect(at).toBeGreaterThan(-1)
      const paragraphEnd = text.indexOf('\n\n', at)
      const inside = suggestions.filter((q) =>
        q.parts.some(
          (p) => p.end > at && p.start < (paragraphEnd === -1 ? text.length : paragraphEnd),
        ),
      )
      expect(inside).toEqual([])
    }
    expect(covering('stuff')).toEqual([])
  })

  it('attributes Mayorkas’s quote, introduced in the paragraph before, to him', () => {
    const [quote] = covering('I’m 100 percent opposed to the abolition of ICE.')
    expect(quote).toMatchObject({ kind: 'direct', cue: 'told', speakerName: 'Alejandro Mayorkas' })
  })

  it('gives the quoted newspaper report one quote of the newspaper, a part per paragraph', () => {
    const [report] = covering('In perhaps his most striking comments')
    expect(report).toMatchObject({
      kind: 'direct',
      cue: 'reported',
      speakerName: 'The Washington Times',
    })
    expect(report?.parts).toHaveLength(5)
    expect(report?.parts[4]).toMatch(/^That is likely to irk immigrant-rights advocates/u)
  })

  it('finds the quotes nested in that report and resolves their "he" to Mayorkas', () => {
    const nested = found.filter((q) => q.mention === 'he')
    expect(nested.map((q) => [q.parts[0]?.slice(0, 30), q.speakerName])).toEqual([
      ['I see cases now where we appre', 'Alejandro Mayorkas'],
      ['Quite frankly, I’m going to ha', 'Alejandro Mayorkas'],
    ])
  })

  it('attributes the block quotes to the professor, to Feere and to the unnamed official', () => {
    expect(covering('My view is that no one should be advocating')[0]?.speakerName).toBe(
      'Ahilan Arulananthem',
    )
    const feere = covering('Mayorkas likely understands')[0]
    expect(feere?.parts).toHaveLength(2)
    expect(feere?.speakerName).toBe('Jon Feere')
    expect(covering('I’ve seen this administration say')[0]?.mention).toBe('Another official')
  })

  it('makes the department’s cited words and the “noble mission” mixed quotes', () => {
    expect(covering('internal discussions with our personnel')[0]).toMatchObject({
      kind: 'mixed',
      cue: 'citing',
      mention: 'the department',
    })
    expect(covering('noble mission')[0]).toMatchObject({
      kind: 'mixed',
      speakerName: 'Alejandro Mayorkas',
    })
  })
})
