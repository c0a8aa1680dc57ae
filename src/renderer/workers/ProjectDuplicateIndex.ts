import { duplicateFingerprint, NearDuplicateIndex } from '../../shared/import/duplicates'
import type { DuplicateMatch } from './importProtocol'

/** A document the index learns: its id, title (to name it in a match) and canonical text. */
export type IndexedText = { id: string; title: string; text: string }

/**
 * The duplicate index of one project: exact duplicates by `normalisedTextHash`, near duplicates
 * by MinHash LSH (`NearDuplicateIndex`, estimated shingled Jaccard ≥ 0.9). It holds the project's
 * stored documents and the articles of the running import, so a file that repeats an article of
 * the same batch is caught too. It keeps hashes and signatures only, never the texts.
 */
export class ProjectDuplicateIndex {
  private readonly exact = new Map<string, string>()
  private readonly near = new NearDuplicateIndex()
  private readonly titles = new Map<string, string>()
  private readonly pending = new Set<string>()

  /** Ids of the documents the index already holds; the loader reads only the others. */
  readonly known = new Set<string>()

  /** Adds a stored document (`inThisImport` false) or an article of the running import. */
  add(entry: IndexedText, inThisImport = false): void {
    const { hash, signature } = duplicateFingerprint(entry.text)
    this.addSigned(entry, hash, signature, inThisImport)
  }

  /** The best match of `text` among the indexed documents, or null when it repeats none. */
  match(text: string): DuplicateMatch | null {
    const { hash, signature } = duplicateFingerprint(text)
    return this.matchSigned(hash, signature)
  }

  /**
   * Matches an incoming article, then adds it, computing its hash and signature once. Returns
   * the match, or null when the article is new.
   */
  matchAndAdd(entry: IndexedText): DuplicateMatch | null {
    const { hash, signature } = duplicateFingerprint(entry.text)
    const found = this.matchSigned(hash, signature)
    this.addSigned(entry, hash, signature, true)
    return found
  }

  /** Forgets that articles were pending: they are stored now (or were skipped and stay known). */
  settle(): void {
    this.pending.clear()
  }

  private addSigned(
    entry: IndexedText,
    hash: string,
    signature: number[],
    inThisImport: boolean,
  ): void {
    this.known.add(entry.id)
    this.titles.set(entry.id, entry.title)
    if (inThisImport) this.pending.add(entry.id)
    // The first document with a text stays the one duplicates point to.
    if (!this.exact.has(hash)) this.exact.set(hash, entry.id)
    this.near.add(entry.id, signature)
  }

  private matchSigned(hash: string, signature: number[]): DuplicateMatch | null {
    const exactId = this.exact.get(hash)
    if (exactId !== undefined) return this.describe('exact', exactId, 1)
    const [best] = this.near.query(signature)
    return best ? this.describe('near', best.id, best.similarity) : null
  }

  private describe(kind: DuplicateMatch['kind'], id: string, similarity: number): DuplicateMatch {
    return {
      kind,
      similarity,
      documentId: id,
      title: this.titles.get(id) ?? '',
      inThisImport: this.pending.has(id),
    }
  }
}
