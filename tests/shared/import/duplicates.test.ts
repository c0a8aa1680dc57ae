import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  duplicateFingerprint,
  decodeSignature,
  duplicateKey,
  encodeSignature,
  estimatedJaccard,
  MINHASH_SIZE,
  minHashSignature,
  NearDuplicateIndex,
  nearDuplicates,
  normalisedTextHash,
  shingleHashes,
} from '../../../src/shared/import/duplicates'

const article = readFileSync('../shared/corpus/mayorkas-ice-sanctuary.txt', 'utf8')
const other = readFileSync(
  '../shared/corpus/wikinews/05-2019-10-08-us-president-trump-announces-troop-withdrawal-from-syria.txt',
  'utf8',
)

/** Exact Jaccard similarity of two texts' shingle sets, to check the estimate against. */
function jaccard(a: string, b: string): number {
  const x = shingleHashes(a)
  const y = shingleHashes(b)
  let both = 0
  for (const h of x) if (y.has(h)) both++
  return both / (x.size + y.size - both)
}

describe('exact duplicates', () => {
  it('ignore case, punctuation, quote style and line wrapping', () => {
    const a = 'Mayor “resigns” — effective today.\n\nMore at 11.'
    const b = 'MAYOR "resigns" - effective\ntoday\n\nmore at 11'
    expect(duplicateKey(a)).toBe('mayor resigns effective today more at 11')
    expect(normalisedTextHash(a)).toBe(normalisedTextHash(b))
    expect(normalisedTextHash(a)).toMatch(/^[0-9a-f]{64}$/)
  })

  it('differ when a word differs', () => {
    expect(normalisedTextHash('Mayor resigns today')).not.toBe(
      normalisedTextHash('Mayor resigned today'),
    )
  })
})

describe('near duplicates', () => {
  it('find wire copy re-run with another headline and a dropped last paragraph', () => {
    const paragraphs = article.split(/\n\s*\n/)
    const rerun = ['A new headline from another outlet', ...paragraphs.slice(1, -1)].join('\n\n')
    expect(jaccard(article, rerun)).toBeGreaterThan(0.9)
    const found = nearDuplicates(rerun, [
      { id: 'same', signature: minHashSignature(article) },
      { id: 'other', signature: minHashSignature(other) },
    ])
    expect(found.map((f) => f.id)).toEqual(['same'])
    expect(found[0]?.similarity).toBeGreaterThanOrEqual(0.9)
  })

  it('estimate the Jaccard similarity of the shingle sets closely', () => {
    const half = article.slice(0, article.length / 2)
    const estimate = estimatedJaccard(minHashSignature(article), minHashSignature(half))
    expect(Math.abs(estimate - jaccard(article, half))).toBeLessThan(0.15)
    expect(estimatedJaccard(minHashSignature(article), minHashSignature(other))).toBeLessThan(0.1)
  })

  it('are found by the index as by the linear search', () => {
    const index = new NearDuplicateIndex()
    index.add('a', minHashSignature(article))
    index.add('b', minHashSignature(other))
    expect(index.query(minHashSignature(article.toUpperCase()))).toEqual([
      { id: 'a', similarity: 1 },
    ])
    expect(index.query(minHashSignature('Unrelated short text about tides.'))).toEqual([])
  })
})

describe('signatures', () => {
  it('round-trip through their stored hex form', () => {
    const signature = minHashSignature(article)
    expect(signature).toHaveLength(MINHASH_SIZE)
    const encoded = encodeSignature(signature)
    expect(encoded).toHaveLength(MINHASH_SIZE * 8)
    expect(decodeSignature(encoded)).toEqual(signature)
    expect(decodeSignature('abc')).toBeNull()
  })
})

describe('the hashing as defined', () => {
  // The definitions written plainly, which the optimised loops must reproduce value for value.
  const fnv1a = (s: string) => {
    let h = 0x811c9dc5
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193)
    return h >>> 0
  }
  const fmix32 = (x: number) => {
    let h = x
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b)
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
    return (h ^ (h >>> 16)) >>> 0
  }
  const words = (text: string) => duplicateKey(text).split(' ')

  it('hashes each shingle as FNV-1a of its five words joined by spaces', () => {
    const w = words(article)
    const expected = new Set(w.slice(0, -4).map((_, i) => fnv1a(w.slice(i, i + 5).join(' '))))
    expect(shingleHashes(article)).toEqual(expected)
  })

  it('takes for each seed the least mixed shingle hash', () => {
    for (const text of [article, other, 'One two three.']) {
      const seeds = Array.from({ length: MINHASH_SIZE }, (_, i) =>
        fmix32(Math.imul(i + 1, 0x9e3779b9)),
      )
      const shingles = [...shingleHashes(text)]
      const expected = seeds.map((seed) => Math.min(...shingles.map((s) => fmix32(s ^ seed))))
      expect(minHashSignature(text)).toEqual(expected)
    }
  })
})

describe('duplicateFingerprint', () => {
  it('gives the same hash and signature as computing them one by one', () => {
    const text = 'The Mayor of Gdańsk — stabbed on stage!\n\nHe died today, officials said.'
    expect(duplicateFingerprint(text)).toEqual({
      hash: normalisedTextHash(text),
      signature: minHashSignature(text),
    })
  })
})
