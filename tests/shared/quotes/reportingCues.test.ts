import { describe, expect, it } from 'vitest'
import { findCues } from '../../../src/shared/quotes/reportingCues'

const forms = (text: string) => findCues(text).map((c) => c.form)

describe('findCues', () => {
  it('finds reporting verbs in every listed inflection, and phrasal ones', () => {
    expect(
      forms('He says it, she said it, they are saying it; he tweeted and later pointed out more.'),
    ).toEqual(['says', 'said', 'saying', 'tweeted', 'pointed out'])
  })

  it('accepts a capitalised form only at the start of a sentence', () => {
    expect(forms('The United States announced it. Reports citing sources say so.')).toEqual([
      'announced',
      'reports',
      'citing',
      'say',
    ])
  })

  it('skips forms used as nouns, adjectives, passives before "by" and infinitives', () => {
    expect(
      forms(
        'The confirmed death toll rose after a reported fall. The Court’s ruling was written by Stevens. They tried to add the question.',
      ),
    ).toEqual([])
  })

  it('keeps "went on to say", and tells each cue what it can introduce', () => {
    const cues = findCues('She went on to say it. He called it a hoax and continued.')
    expect(cues.map((c) => [c.form, c.lemma, c.role])).toEqual([
      ['say', 'say', 'clause'],
      ['called', 'call', 'naming'],
      ['continued', 'continue', 'quote'],
    ])
  })
})
