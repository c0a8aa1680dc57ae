import { describe, expect, it } from 'vitest'
import { looksFinite } from '../../../src/shared/quotes/finiteClause'
import { tokenize } from '../../../src/shared/quotes/words'

const finite = (words: string) => looksFinite(tokenize(words, 0, words.length))

describe('looksFinite', () => {
  it('accepts clauses with an auxiliary, a past or an -s verb', () => {
    expect(finite('the party was ready with amendments')).toBe(true)
    expect(finite('three people died')).toBe(true)
    expect(finite('the aircraft uses the A300')).toBe(true)
    expect(finite('the rationale no longer applies')).toBe(true)
  })

  it('rejects noun phrases, also with adjectives and relative clauses in them', () => {
    expect(finite('his resignation on Friday')).toBe(false)
    expect(finite('a reported sixteenth death')).toBe(false)
    expect(finite('the openness of the project, which is aimed at Europe')).toBe(false)
    expect(finite('the arrest in May')).toBe(false)
  })

  it('rejects an object followed by the subject’s second verb', () => {
    expect(finite('the election, and has claimed fraud')).toBe(false)
  })
})
