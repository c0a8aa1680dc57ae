import { describe, expect, it } from 'vitest'
import { tallySpeakerUsage } from '../../../src/shared/speakers/tallySpeakerUsage'

describe('tallySpeakerUsage', () => {
  it('counts live spans, distinct documents and trashed spans per speaker', () => {
    const tally = tallySpeakerUsage(['speaker', 'addressee'])
    tally.add({ documentId: 'd1', values: { speaker: 'a' }, deletedAt: null })
    tally.add({ documentId: 'd1', values: { speaker: 'a', addressee: 'b' }, deletedAt: null })
    tally.add({ documentId: 'd2', values: { speaker: 'a' }, deletedAt: null })
    tally.add({ documentId: 'd3', values: { speaker: 'b' }, deletedAt: 9 })
    tally.add({ documentId: 'd3', values: { speaker: 'c', addressee: 'c' }, deletedAt: null })
    tally.add({ documentId: 'd3', values: { stance: 'a' }, deletedAt: null })
    const counts = tally.result()
    expect(counts.get('a')).toEqual({ spans: 3, documents: 2, trashedSpans: 0 })
    expect(counts.get('b')).toEqual({ spans: 1, documents: 1, trashedSpans: 1 })
    // A span naming the same speaker twice counts once.
    expect(counts.get('c')).toEqual({ spans: 1, documents: 1, trashedSpans: 0 })
    expect(counts.has('d')).toBe(false)
  })
})
