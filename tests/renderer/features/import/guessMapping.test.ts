import { describe, expect, it } from 'vitest'
import { guessMapping } from '../../../../src/renderer/features/import/guessMapping'

describe('guessMapping', () => {
  it('maps the Wikinews columns by their names', () => {
    expect(guessMapping(['url', 'date', 'title', 'text'])).toEqual({
      text: 'text',
      title: 'title',
      date: 'date',
      url: 'url',
    })
  })

  it('recognises common synonyms regardless of case and separators', () => {
    expect(
      guessMapping(['Headline', 'Body', 'Published_At', 'Source', 'Link', 'Byline', 'Topic']),
    ).toEqual({
      text: 'Body',
      title: 'Headline',
      date: 'Published_At',
      outlet: 'Source',
      url: 'Link',
      author: 'Byline',
    })
  })

  it('falls back to the first column for the text when no name says so', () => {
    expect(guessMapping(['a', 'b'])).toEqual({ text: 'a' })
  })
})
