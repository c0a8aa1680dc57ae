import { describe, expect, it } from 'vitest'
import { findSpeakerByName, rankSpeakers } from '../../../src/shared/speakers/rankSpeakers'
import { speaker } from './speakerFixture'

const registry = [
  speaker('1', 'Alejandro Mayorkas', { aliases: ['Mayorkas', 'Secretary Mayorkas'] }),
  speaker('2', 'Recep Tayyip Erdoğan', { aliases: ['Erdogan'] }),
  speaker('3', 'Maria Mayer'),
]

describe('rankSpeakers', () => {
  it('finds a speaker by an alias, best match first: "Mayorkas" → Alejandro Mayorkas', () => {
    expect(rankSpeakers(registry, 'Mayorkas').map((s) => s.name)).toEqual(['Alejandro Mayorkas'])
    expect(rankSpeakers(registry, 'secretary').map((s) => s.name)).toEqual(['Alejandro Mayorkas'])
    expect(rankSpeakers(registry, 'may').map((s) => s.name)).toEqual([
      'Alejandro Mayorkas',
      'Maria Mayer',
    ])
  })

  it('matches names and aliases without regard to accents or case', () => {
    expect(rankSpeakers(registry, 'ERDOGAN').map((s) => s.id)).toEqual(['2'])
    expect(rankSpeakers(registry, 'erdoğ').map((s) => s.id)).toEqual(['2'])
  })

  it('treats a typed alias as the known speaker, so it is not created twice', () => {
    expect(findSpeakerByName(registry, ' secretary  MAYORKAS')?.id).toBe('1')
    expect(findSpeakerByName(registry, 'Secretary')).toBeUndefined()
  })
})
