import type { Rng } from './prng'
import { FIRST_NAMES, LAST_NAMES, ROLES, SAY_VERBS, WORDS } from './vocabulary'

/** A generated article in canonical form: paragraphs joined by "\n\n", headline first. */
export type GeneratedArticle = {
  title: string
  text: string
  /** Paragraph count including the headline. */
  paragraphs: number
  /** Whitespace-separated tokens, headline included. */
  words: number
}

export type ArticleOptions = {
  /** Exact number of words of the whole text, headline included. */
  words: number
  /** Paragraph length bounds in words (the last paragraph may be shorter). */
  minParagraphWords?: number
  maxParagraphWords?: number
  /** Share of paragraphs that contain a quotation in curly quotes. */
  quoteShare?: number
}

const capitalise = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1)

function sentenceWords(rng: Rng, count: number): string[] {
  const out: string[] = []
  for (let i = 0; i < count; i += 1) {
    let w = rng.pick(WORDS)
    // A few possessives, numbers and names, for texture.
    const r = rng.next()
    if (r < 0.02) w = `${rng.pick(LAST_NAMES)}’s`
    else if (r < 0.035) w = String(rng.int(2, 980))
    else if (r < 0.045) w = rng.pick(LAST_NAMES)
    out.push(w)
  }
  out[0] = capitalise(out[0] as string)
  return out
}

/** Words of one paragraph, exactly `count` of them, in sentences of 8–25 words. */
function paragraph(rng: Rng, count: number, quote: boolean): string {
  const sentences: string[] = []
  let left = count
  let quoted = !quote
  while (left > 0) {
    let n = Math.min(left, rng.int(8, 25))
    if (left - n > 0 && left - n < 6) n = left // no stub sentence at the end
    if (!quoted && n >= 10) {
      // “Quoted words,” said First Last.  (attribution takes 3 words: verb First Last)
      const name = `${rng.pick(FIRST_NAMES)} ${rng.pick(LAST_NAMES)}`
      const verb = rng.pick(['said', 'added', 'argued', 'warned'])
      const body = sentenceWords(rng, n - 3)
      sentences.push(`“${body.join(' ')},” ${verb} ${name}.`)
      quoted = true
    } else {
      const body = sentenceWords(rng, n)
      if (n >= 14 && rng.chance(0.15)) {
        // …, according to the minister. Keep the word count: replace the tail.
        const role = rng.pick(ROLES).split(' ')
        const verb = rng.pick(SAY_VERBS).split(' ')
        const tail = [...role, ...verb]
        if (tail.length < n - 4) body.splice(n - tail.length, tail.length, ...tail)
      }
      sentences.push(`${body.join(' ')}.`)
    }
    left -= n
  }
  return sentences.join(' ')
}

/**
 * Generates a realistic-looking news article of exactly `options.words` words: a headline of 8–12
 * words, then paragraphs of 40–120 words (skewed short, mean ≈ 67, so 100,000 words give ≈ 1,500
 * paragraphs), about a third of them with a curly-quoted quotation and some apostrophes.
 */
export function generateArticle(rng: Rng, options: ArticleOptions): GeneratedArticle {
  const min = options.minParagraphWords ?? 40
  const max = options.maxParagraphWords ?? 120
  const quoteShare = options.quoteShare ?? 0.35
  const headlineWords = Math.min(rng.int(8, 12), options.words)
  const title = sentenceWords(rng, headlineWords).join(' ')
  const paragraphs = [title]
  let left = options.words - headlineWords
  while (left > 0) {
    let n = min + Math.floor((max - min + 1) * rng.next() ** 2)
    if (left - n < min) n = left <= max ? left : Math.ceil(left / 2)
    paragraphs.push(paragraph(rng, n, rng.chance(quoteShare)))
    left -= n
  }
  const text = paragraphs.join('\n\n')
  return { title, text, paragraphs: paragraphs.length, words: options.words }
}
