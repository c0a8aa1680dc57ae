import { describe, expect, it } from 'vitest'
import { TextSearchIndex } from '../../../src/renderer/workers/TextSearchIndex'

describe('TextSearchIndex', () => {
  it('finds documents by word prefixes, ignoring case and accents', () => {
    const index = new TextSearchIndex()
    index.add('a', 'Le président a parlé des retraites.')
    index.add('b', 'Presidential debate on pensions')
    index.add('c', 'Weather')
    const hits = index.search(['presid', 'pension', 'xyz'])
    expect(hits.presid?.sort()).toEqual(['a', 'b'])
    expect(hits.pension).toEqual(['b'])
    expect(hits.xyz).toEqual([])
  })

  it('answers for words added after an earlier search', () => {
    const index = new TextSearchIndex()
    index.add('a', 'alpha')
    expect(index.search(['beta']).beta).toEqual([])
    index.add('b', 'beta')
    expect(index.search(['beta']).beta).toEqual(['b'])
  })
})
