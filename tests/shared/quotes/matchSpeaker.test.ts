import { describe, expect, it } from 'vitest'
import { matchSpeaker } from '../../../src/shared/quotes/matchSpeaker'

const registry = [
  { name: 'Alejandro Mayorkas', aliases: ['Secretary Mayorkas'] },
  { name: 'Recep Tayyip Erdoğan', aliases: [] },
  { name: 'Jessie K. Liu', aliases: [] },
  { name: 'Iranian army', aliases: ['the army'] },
  { name: 'Joe Biden', aliases: [] },
  { name: 'Hunter Biden', aliases: [] },
]
const names = (mention: string) => {
  const m = matchSpeaker(mention, registry)
  if (m.kind === 'match') return [m.by, m.speaker.name]
  if (m.kind === 'ambiguous') return [m.by, ...m.candidates.map((s) => s.name)]
  return ['none']
}

describe('matchSpeaker', () => {
  it('matches names and aliases regardless of case, accents, articles and possessives', () => {
    expect(names('ALEJANDRO MAYORKAS')).toEqual(['name', 'Alejandro Mayorkas'])
    expect(names('Recep Tayyip Erdogan')).toEqual(['name', 'Recep Tayyip Erdoğan'])
    expect(names('Secretary Mayorkas’s')).toEqual(['name', 'Alejandro Mayorkas'])
    expect(names('The army')).toEqual(['name', 'Iranian army'])
    expect(names('army')).toEqual(['name', 'Iranian army'])
  })

  it('matches "Mr. Mayorkas" and a surname to the full name by dropping titles', () => {
    expect(names('Mr. Mayorkas')).toEqual(['title', 'Alejandro Mayorkas'])
    expect(names('Mayorkas')).toEqual(['title', 'Alejandro Mayorkas'])
    expect(names('Erdoğan')).toEqual(['surname', 'Recep Tayyip Erdoğan'])
    expect(names('President Erdogan')).toEqual(['surname', 'Recep Tayyip Erdoğan'])
  })

  it('finds a registry name inside a longer mention', () => {
    expect(names('United States Attorney Jessie K. Liu')).toEqual(['surname', 'Jessie K. Liu'])
    expect(names('Jessie Liu')).toEqual(['surname', 'Jessie K. Liu'])
  })

  it('returns every candidate when a mention fits several speakers, never a guess', () => {
    expect(names('Biden')).toEqual(['surname', 'Joe Biden', 'Hunter Biden'])
    expect(names('Mr. Biden')).toEqual(['surname', 'Joe Biden', 'Hunter Biden'])
  })

  it('matches nobody for an unknown or empty mention', () => {
    expect(names('Nancy Pelosi')).toEqual(['none'])
    expect(names('   ')).toEqual(['none'])
    expect(matchSpeaker('Mayorkas', [])).toEqual({ kind: 'none' })
  })
})
