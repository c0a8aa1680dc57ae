import type { NewsDocument } from '../../shared/domain/document'
import type { PreparedArticle } from '../workers/importProtocol'
import { db } from '../db/NewscoderDb'

/** The attribute that links an article imported with "Import and link" to the one it repeats. */
export const DUPLICATE_OF_ATTRIBUTE = 'duplicateOf'

/** An article to store and, for "Import and link", the id of the document it duplicates. */
export type ArticleToStore = { prepared: PreparedArticle; duplicateOf?: string }

// Field limits of documentSchema: an importer's metadata is clipped, never refused for length.
const clip = (value: string | undefined, max: number) => (value ?? '').trim().slice(0, max)

/**
 * The attributes stored with an imported article: a table's other columns and an archive's
 * extra fields (section, byline), plus the duplicate link. Exported with the document.
 */
function attributesOf(item: ArticleToStore): Record<string, string> {
  const { article } = item.prepared
  const attributes: Record<string, string> = { ...article.attributes }
  if (article.section) attributes.section = article.section
  if (article.byline) attributes.byline = article.byline
  if (item.duplicateOf) attributes[DUPLICATE_OF_ATTRIBUTE] = item.duplicateOf
  return attributes
}

/** The stored record of a prepared article, with the provenance of its original file. */
export function toDocument(projectId: string, item: ArticleToStore, now: number): NewsDocument {
  const { id, article, textHash, source } = item.prepared
  return {
    id,
    projectId,
    title: clip(article.title, 1000) || 'Untitled',
    outlet: clip(article.outlet, 500),
    author: clip(article.author, 500),
    date: clip(article.date, 40),
    url: clip(article.url, 4000),
    length: article.text.length,
    textHash,
    attribution: '',
    attributes: attributesOf(item),
    provenance: {
      kind: 'file',
      fileName: source.name,
      size: source.size,
      sha256: source.sha256,
      importedAt: now,
    },
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
  }
}

/**
 * Stores one batch of imported articles with their texts in one transaction: all of the batch or
 * none of it. The pipeline calls it per 100 articles, so a cancelled or failed import keeps every
 * batch before it.
 */
export async function storeImportedArticles(
  projectId: string,
  items: ArticleToStore[],
): Promise<NewsDocument[]> {
  if (items.length === 0) return []
  const now = Date.now()
  const docs = items.map((item) => toDocument(projectId, item, now))
  const texts = items.map((item) => ({
    documentId: item.prepared.id,
    projectId,
    text: item.prepared.article.text,
  }))
  await db.transaction('rw', db.documents, db.texts, db.projects, async () => {
    await db.documents.bulkAdd(docs)
    await db.texts.bulkAdd(texts)
    await db.projects.update(projectId, { updatedAt: now })
  })
  return docs
}
