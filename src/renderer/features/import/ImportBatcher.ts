import type { NewsDocument } from '../../../shared/domain/document'
import { storeImportedArticles, type ArticleToStore } from '../../actions/importActions'

/** Articles per transaction: large enough to be fast, small enough that a cancel loses little. */
export const IMPORT_BATCH_SIZE = 100

/** A partial batch is stored anyway when the last write is this old, so progress keeps moving. */
const MAX_BATCH_AGE_MS = 500

/**
 * Buffers articles and stores them in transactions of `IMPORT_BATCH_SIZE`, one after another in
 * order (a slow trickle of one-article files is stored at least every `MAX_BATCH_AGE_MS`). A batch
 * that fails to store is reported, and later batches still run.
 */
export class ImportBatcher {
  private buffer: ArticleToStore[] = []
  private chain: Promise<void> = Promise.resolve()
  private lastWrite = Date.now()

  constructor(
    private readonly projectId: string,
    private readonly onStored: (docs: NewsDocument[]) => void,
    private readonly onFailed: (items: ArticleToStore[], error: Error) => void,
  ) {}

  /** Adds articles; full batches start storing at once. */
  add(items: ArticleToStore[]): void {
    this.buffer.push(...items)
    while (this.buffer.length >= IMPORT_BATCH_SIZE) {
      this.write(this.buffer.splice(0, IMPORT_BATCH_SIZE))
    }
    if (this.buffer.length > 0 && Date.now() - this.lastWrite > MAX_BATCH_AGE_MS) {
      this.write(this.buffer.splice(0))
    }
  }

  /** Stores what is buffered and resolves when every batch so far is stored (or reported). */
  flush(): Promise<void> {
    if (this.buffer.length > 0) this.write(this.buffer.splice(0))
    return this.chain
  }

  private write(items: ArticleToStore[]): void {
    this.lastWrite = Date.now()
    this.chain = this.chain.then(async () => {
      try {
        this.onStored(await storeImportedArticles(this.projectId, items))
      } catch (error) {
        this.onFailed(items, error as Error)
      }
    })
  }
}
