import { describe, expect, it } from 'vitest'
import {
  planSpeakerMerge,
  rewriteSpeakerValues,
} from '../../../src/shared/speakers/planSpeakerMerge'
import { speaker } from './speakerFixture'

const registry = [
  speaker('a', 'Mayorkas', { aliases: ['the secretary'], notes: 'DHS' }),
  speaker('b', 'Alejandro Mayorkas', { affiliation: 'DHS', defaultSourceType: 'st.executive' }),
  speaker('c', 'Secretary Mayorkas', { gender: 'male', notes: 'DHS' }),
  speaker('d', 'Jane Roe'),
]

describe('planSpeakerMerge', () => {
  it('keeps the survivor’s id and turns every other name into an alias', () => {
    const plan = planSpeakerMerge({
      speakers: registry,
      ids: ['a', 'b', 'c'],
      survivorId: 'b',
      name: 'Alejandro Mayorkas',
      now: 5,
    })
    expect(plan.survivor.id).toBe('b')
    expect(plan.survivor.name).toBe('Alejandro Mayorkas')
    expect(plan.survivor.aliases).toEqual(['the secretary', 'Mayorkas', 'Secretary Mayorkas'])
    expect(plan.removed.map((s) => s.id)).toEqual(['a', 'c'])
    expect(plan.survivor.updatedAt).toBe(5)
  })

  it('fills the survivor’s empty fields from the others and joins distinct notes once', () => {
    const plan = planSpeakerMerge({
      speakers: registry,
      ids: ['a', 'c'],
      survivorId: 'a',
      name: 'Mayorkas',
      now: 5,
    })
    expect(plan.survivor.gender).toBe('male')
    expect(plan.survivor.notes).toBe('DHS')
    expect(plan.survivor.defaultSourceType).toBeNull()
    const withDefault = planSpeakerMerge({
      speakers: registry,
      ids: ['a', 'b'],
      survivorId: 'a',
      name: 'Mayorkas',
      now: 5,
    })
    expect(withDefault.survivor.defaultSourceType).toBe('st.executive')
    expect(withDefault.survivor.affiliation).toBe('DHS')
  })

  it('may rename the survivor to another merged speaker’s name, keeping its old name as an alias', () => {
    const plan = planSpeakerMerge({
      speakers: registry,
      ids: ['a', 'b'],
      survivorId: 'a',
      name: '  alejandro   MAYORKAS ',
      now: 5,
    })
    expect(plan.survivor.name).toBe('alejandro MAYORKAS')
    // "Alejandro Mayorkas" folds to the new name and is not kept twice.
    expect(plan.survivor.aliases).toEqual(['the secretary', 'Mayorkas'])
  })

  it('refuses fewer than two speakers, a survivor outside the merge, an empty or taken name', () => {
    const base = { speakers: registry, now: 5 }
    expect(() => planSpeakerMerge({ ...base, ids: ['a'], survivorId: 'a', name: 'X' })).toThrow(
      /at least two/,
    )
    expect(() =>
      planSpeakerMerge({ ...base, ids: ['a', 'zz'], survivorId: 'a', name: 'X' }),
    ).toThrow(/at least two/)
    expect(() =>
      planSpeakerMerge({ ...base, ids: ['a', 'b'], survivorId: 'c', name: 'X' }),
    ).toThrow(/surviving/)
    expect(() =>
      planSpeakerMerge({ ...base, ids: ['a', 'b'], survivorId: 'a', name: ' ' }),
    ).toThrow(/needs a name/)
    expect(() =>
      planSpeakerMerge({ ...base, ids: ['a', 'b'], survivorId: 'a', name: 'jane roe' }),
    ).toThrow(/Jane Roe/)
  })
})

describe('rewriteSpeakerValues', () => {
  const from = new Set(['a', 'c'])

  it('points every speaker dimension naming a merged speaker at the survivor', () => {
    const row = { id: 'x', values: { speaker: 'a', addressee: 'c', stance: 'a' } }
    expect(rewriteSpeakerValues(row, from, 'b', ['speaker', 'addressee'])).toEqual({
      id: 'x',
      values: { speaker: 'b', addressee: 'b', stance: 'a' },
    })
    // The input is left as it was (undo keeps it).
    expect(row.values.speaker).toBe('a')
  })

  it('returns null for a row that names none of them', () => {
    const row = { values: { speaker: 'd' } }
    expect(rewriteSpeakerValues(row, from, 'b', ['speaker'])).toBeNull()
  })
})
