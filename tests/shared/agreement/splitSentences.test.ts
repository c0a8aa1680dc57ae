import { describe, expect, it } from 'vitest'
import { sentenceIndexAt, splitSentences } from '../../../src/shared/agreement/splitSentences'

const texts = (text: string) => splitSentences(text).map(({ start, end }) => text.slice(start, end))

describe('splitSentences', () => {
  it('ends sentences at full stops, question and exclamation marks before a capital', () => {
    expect(texts('It rained. Was it cold? Yes! Very.')).toEqual([
      'It rained.',
      'Was it cold?',
      'Yes!',
      'Very.',
    ])
  })

  it('treats every line break as a sentence end, so the headline is its own sentence', () => {
    expect(texts('Headline here\n\nFirst paragraph. Second one.')).toEqual([
      'Headline here',
      'First paragraph.',
      'Second one.',
    ])
  })

  it('keeps closing quotes with their sentence', () => {
    expect(texts('“We will win.” She left. He said: "No!" Then silence.')).toEqual([
      '“We will win.”',
      'She left.',
      'He said: "No!"',
      'Then silence.',
    ])
  })

  it('does not split after abbreviations, initials or before a lower-case word', () => {
    expect(texts('Mr. Smith met Dr. Jones in the U.S. capital. John F. Kennedy spoke.')).toEqual([
      'Mr. Smith met Dr. Jones in the U.S. capital.',
      'John F. Kennedy spoke.',
    ])
    expect(texts('It cost 3.5 million. ok fine')).toEqual(['It cost 3.5 million. ok fine'])
  })

  it('returns no sentences for blank text and excludes surrounding whitespace', () => {
    expect(splitSentences('')).toEqual([])
    expect(splitSentences('  \n ')).toEqual([])
    expect(splitSentences('  Hi there.  ')).toEqual([{ start: 2, end: 11 }])
  })

  it('finds the sentence containing an offset, or the next one between sentences', () => {
    const sentences = splitSentences('One. Two. Three.')
    expect(sentenceIndexAt(sentences, 0)).toBe(0)
    expect(sentenceIndexAt(sentences, 4)).toBe(1)
    expect(sentenceIndexAt(sentences, 6)).toBe(1)
    expect(sentenceIndexAt(sentences, 16)).toBe(-1)
  })
})
