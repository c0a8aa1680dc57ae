import { sha256Hex } from '../text/sha256Hex'

/**
 * Duplicate detection at import.
 *
 * Exact duplicates: two texts are the same when their `duplicateKey` is equal, i.e. after
 * Unicode NFKC, lower-casing, removing every punctuation mark and symbol (Unicode categories P
 * and S: quotes, dashes, commas, currency signs …) and collapsing all whitespace (line breaks and
 * paragraph breaks included) to one space. So re-wrapped text, curly versus straight quotes or a
 * different case do not hide a duplicate; a changed word does. `normalisedTextHash` is the sha256
 * of that key, short enough to store and index per document.
 *
 * Near duplicates: the measure is the Jaccard similarity |A ∩ B| / |A ∪ B| of the sets of word
 * 5-gram shingles (five consecutive words of the duplicate key; a text of fewer than five words
 * is one shingle). It is estimated from MinHash signatures of `MINHASH_SIZE` 32-bit values: the
 * share of positions where two signatures agree is an unbiased estimate of the Jaccard similarity
 * (standard error ≤ 0.5/√128 ≈ 0.044, about 0.027 at a similarity of 0.9). Texts whose estimate
 * is at least `NEAR_DUPLICATE_THRESHOLD` (0.9) are flagged: wire copy re-run with a changed
 * headline or a trimmed last paragraph scores above it; two articles on the same event do not.
 *
 * What to store per document: `normalisedTextHash(text)` (64 hex digits) and
 * `encodeSignature(minHashSignature(text))` (1,024 hex digits), e.g. in `document.attributes`
 * under reserved keys or in fields of their own.
 */

/** Number of 32-bit values in a MinHash signature. */
export const MINHASH_SIZE = 128

/** Words per shingle. */
export const SHINGLE_WORDS = 5

/** Estimated Jaccard similarity at or above which two texts are near duplicates. */
export const NEAR_DUPLICATE_THRESHOLD = 0.9

/** A text's words for comparison: NFKC, lower case, no punctuation or symbols, split on space. */
function keyWords(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .split(/\s+/u)
    .filter((w) => w.length > 0)
}

/**
 * Returns the form of a text that exact-duplicate detection compares (see the module comment):
 * NFKC, lower case, punctuation and symbols removed, whitespace collapsed to single spaces.
 */
export function duplicateKey(text: string): string {
  return keyWords(text).join(' ')
}

/** Returns sha256 (hex) of `duplicateKey(text)`: equal for texts that are exact duplicates. */
export function normalisedTextHash(text: string): string {
  return sha256Hex(duplicateKey(text))
}

/** FNV-1a over UTF-16 units: a fast 32-bit hash of a shingle. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** MurmurHash3's finaliser: mixes a 32-bit value so that each seed acts as its own permutation. */
function fmix32(x: number): number {
  let h = x
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

/** Fixed seeds, one per signature position, so that signatures stay comparable across sessions. */
const SEEDS: readonly number[] = Array.from({ length: MINHASH_SIZE }, (_, i) =>
  fmix32(Math.imul(i + 1, 0x9e3779b9)),
)

/** Returns the set of 32-bit hashes of a text's word 5-gram shingles (see the module comment). */
export function shingleHashes(text: string): Set<number> {
  return shingleHashesOfWords(keyWords(text))
}

function shingleHashesOfWords(words: readonly string[]): Set<number> {
  const hashes = new Set<number>()
  if (words.length === 0) return hashes
  if (words.length < SHINGLE_WORDS) {
    hashes.add(fnv1a(words.join(' ')))
    return hashes
  }
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) {
    hashes.add(fnv1aOfShingle(words, i))
  }
  return hashes
}

/**
 * `fnv1a(words.slice(start, start + SHINGLE_WORDS).join(' '))` without building the string: the
 * import computes one per word of every article, and the joined strings were a third of its cost.
 */
function fnv1aOfShingle(words: readonly string[], start: number): number {
  let h = 0x811c9dc5
  for (let w = start; w < start + SHINGLE_WORDS; w++) {
    if (w > start) {
      h ^= 0x20 // the space between words
      h = Math.imul(h, 0x01000193)
    }
    const word = words[w] as string
    for (let i = 0; i < word.length; i++) {
      h ^= word.charCodeAt(i)
      h = Math.imul(h, 0x01000193)
    }
  }
  return h >>> 0
}

/**
 * Returns the MinHash signature of a text: for each of `MINHASH_SIZE` seeded hash functions, the
 * smallest hash over the text's shingles. A text without words gets all 0xffffffff.
 */
export function minHashSignature(text: string): number[] {
  return signatureOfShingles(shingleHashes(text))
}

const SEED_VALUES = Int32Array.from(SEEDS)

// Seed by seed over a typed array of the shingles, with fmix32 written out: the same values as
// taking fmix32(shingle ^ seed) for every pair, at a fraction of the cost of the Set and closure.
function signatureOfShingles(shingles: Set<number>): number[] {
  const list = Int32Array.from(shingles)
  const signature = new Array<number>(MINHASH_SIZE)
  for (let i = 0; i < MINHASH_SIZE; i++) {
    const seed = SEED_VALUES[i] as number
    let min = 0xffffffff
    for (let j = 0; j < list.length; j++) {
      let h = (list[j] as number) ^ seed
      h ^= h >>> 16
      h = Math.imul(h, 0x85ebca6b)
      h ^= h >>> 13
      h = Math.imul(h, 0xc2b2ae35)
      h ^= h >>> 16
      const value = h >>> 0
      if (value < min) min = value
    }
    signature[i] = min
  }
  return signature
}

/**
 * Returns both `normalisedTextHash(text)` and `minHashSignature(text)` from one normalisation of
 * the text, which is most of their cost: what an importer checking every article calls.
 */
export function duplicateFingerprint(text: string): { hash: string; signature: number[] } {
  const words = keyWords(text)
  return {
    hash: sha256Hex(words.join(' ')),
    signature: signatureOfShingles(shingleHashesOfWords(words)),
  }
}

/** Returns the estimated Jaccard similarity of two signatures: the share of equal positions. */
export function estimatedJaccard(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length)
  if (n === 0) return 0
  let same = 0
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++
  return same / n
}

/** Returns a signature as 8 hex digits per value, for storage as a string. */
export function encodeSignature(signature: readonly number[]): string {
  return signature.map((v) => v.toString(16).padStart(8, '0')).join('')
}

/** Reads a signature written by `encodeSignature`; null when the string is not one. */
export function decodeSignature(encoded: string): number[] | null {
  if (encoded.length !== MINHASH_SIZE * 8 || !/^[0-9a-f]+$/.test(encoded)) return null
  const values: number[] = []
  for (let i = 0; i < encoded.length; i += 8) values.push(parseInt(encoded.slice(i, i + 8), 16))
  return values
}

/** A stored document for near-duplicate search: its id and its MinHash signature. */
export type SignedDocument = { id: string; signature: readonly number[] }

/** A near duplicate found: the matching document and the estimated Jaccard similarity. */
export type NearDuplicate = { id: string; similarity: number }

/**
 * Returns the existing documents whose estimated Jaccard similarity with `candidate` (a text or
 * its signature) is at least `threshold`, most similar first. Linear in `existing`; for batches
 * against thousands of documents use `NearDuplicateIndex`.
 */
export function nearDuplicates(
  candidate: string | readonly number[],
  existing: readonly SignedDocument[],
  threshold: number = NEAR_DUPLICATE_THRESHOLD,
): NearDuplicate[] {
  const signature = typeof candidate === 'string' ? minHashSignature(candidate) : candidate
  const found: NearDuplicate[] = []
  for (const doc of existing) {
    const similarity = estimatedJaccard(signature, doc.signature)
    if (similarity >= threshold) found.push({ id: doc.id, similarity })
  }
  return found.sort((x, y) => y.similarity - x.similarity)
}

/** Bands of the locality-sensitive index: 16 bands of 8 values each. */
const BANDS = 16
const ROWS = MINHASH_SIZE / BANDS

/**
 * An index of signatures that finds near-duplicate candidates without comparing every pair
 * (MinHash LSH banding: two documents become candidates when all 8 values of one of 16 bands
 * agree). At a true similarity of 0.9 a pair is a candidate with probability 1 − (1 − 0.9⁸)¹⁶ ≈
 * 0.9999; at 0.5 with about 0.06. Candidates are then checked with `estimatedJaccard`, so the
 * results equal `nearDuplicates` except for that 0.01 % chance of a miss.
 */
export class NearDuplicateIndex {
  private readonly buckets = new Map<string, string[]>()
  private readonly signatures = new Map<string, readonly number[]>()

  /** Adds a document; adding an id again replaces nothing and only adds its buckets again. */
  add(id: string, signature: readonly number[]): void {
    this.signatures.set(id, signature)
    for (const key of bandKeys(signature)) {
      const bucket = this.buckets.get(key)
      if (bucket === undefined) this.buckets.set(key, [id])
      else if (!bucket.includes(id)) bucket.push(id)
    }
  }

  /** Returns the indexed documents at least `threshold` similar to `signature`, best first. */
  query(signature: readonly number[], threshold = NEAR_DUPLICATE_THRESHOLD): NearDuplicate[] {
    const candidates = new Set<string>()
    for (const key of bandKeys(signature)) {
      for (const id of this.buckets.get(key) ?? []) candidates.add(id)
    }
    const found: NearDuplicate[] = []
    for (const id of candidates) {
      const other = this.signatures.get(id)
      if (other === undefined) continue
      const similarity = estimatedJaccard(signature, other)
      if (similarity >= threshold) found.push({ id, similarity })
    }
    return found.sort((x, y) => y.similarity - x.similarity)
  }
}

function bandKeys(signature: readonly number[]): string[] {
  const keys: string[] = []
  for (let b = 0; b < BANDS; b++) {
    keys.push(`${b}:${signature.slice(b * ROWS, (b + 1) * ROWS).join(',')}`)
  }
  return keys
}
