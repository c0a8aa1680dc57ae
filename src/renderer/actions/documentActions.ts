import type { DocumentMetadata, NewsDocument, Provenance } from '../../shared/domain/document'
import type { ImportedArticle } from '../../shared/import/importTypes'
import { preparePastedText } from '../../shared/import/preparePastedText'
import { sha256Hex } from '../../shared/text/sha256Hex'
import { db } from '../db/NewscoderDb'
import { pushUndo } from './undoStack'

/** Builds the stored records of one article; the text hash lets annotations verify their offsets. */
function toRecords(
  projectId: string,
  article: ImportedArticle,
  provenance: Provenance,
  extra: Partial<NewsDocument> = {},
) {
  const now = Date.now()
  const id = crypto.randomUUID()
  const doc: NewsDocument = {
    id,
    projectId,
    title: article.title,
    outlet: article.outlet ?? '',
    author: article.author ?? '',
    date: article.date ?? '',
    url: article.url ?? '',
    length: article.text.length,
    textHash: sha256Hex(article.text),
    attribution: '',
    attributes: {},
    provenance,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    ...extra,
  }
  return { doc, text: { documentId: id, projectId, text: article.text } }
}

/** Stores articles with their texts in one transaction: all of them or none. */
export async function addArticles(
  projectId: string,
  items: { article: ImportedArticle; provenance: Provenance; extra?: Partial<NewsDocument> }[],
): Promise<NewsDocument[]> {
  const records = items.map((i) => toRecords(projectId, i.article, i.provenance, i.extra))
  await db.transaction('rw', db.documents, db.texts, db.projects, async () => {
    await db.documents.bulkAdd(records.map((r) => r.doc))
    await db.texts.bulkAdd(records.map((r) => r.text))
    await db.projects.update(projectId, { updatedAt: Date.now() })
  })
  return records.map((r) => r.doc)
}

/**
 * Adds pasted text as a document. Returns null, and stores nothing, when the paste holds no text.
 */
export async function addPastedText(
  projectId: string,
  title: string,
  raw: string,
): Promise<NewsDocument | null> {
  const prepared = preparePastedText(title, raw)
  if (!prepared.ok) {
    if (prepared.error === '') return null
    throw new Error(prepared.error)
  }
  const provenance: Provenance = {
    kind: 'paste',
    fileName: null,
    size: null,
    sha256: null,
    importedAt: Date.now(),
  }
  const [doc] = await addArticles(projectId, [{ article: prepared.article, provenance }])
  return doc ?? null
}

/** Edits a document's metadata; the text is never editable. */
export async function updateDocumentMetadata(
  id: string,
  patch: Partial<DocumentMetadata>,
): Promise<void> {
  const clean: Partial<DocumentMetadata> = {}
  for (const key of ['title', 'outlet', 'author', 'date', 'url'] as const) {
    const value = patch[key]
    if (value !== undefined) clean[key] = value.trim()
  }
  if (clean.title === '') throw new Error('A document needs a title.')
  if (clean.date && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(clean.date)) {
    throw new Error('Dates are written YYYY-MM-DD (or YYYY-MM, YYYY).')
  }
  if (clean.url && !/^https?:\/\//i.test(clean.url))
    throw new Error('URLs start with http:// or https://.')
  await db.transaction('rw', db.documents, async () => {
    await db.documents.update(id, { ...clean, updatedAt: Date.now() })
  })
}

/** The fields "Edit metadata" sets on many documents at once. */
export type BulkMetadata = Partial<Pick<DocumentMetadata, 'outlet' | 'date' | 'author'>>

type MetadataSnapshot = { id: string } & Required<BulkMetadata>

async function writeMetadata(rows: MetadataSnapshot[]): Promise<void> {
  const now = Date.now()
  await db.transaction('rw', db.documents, async () => {
    for (const { id, ...fields } of rows)
      await db.documents.update(id, { ...fields, updatedAt: now })
  })
}

/**
 * Sets outlet, date and/or author of many documents in one transaction (fields left undefined
 * stay as they are; '' clears), and records one undo step that restores every previous value.
 */
export async function updateManyDocumentsMetadata(
  ids: readonly string[],
  patch: BulkMetadata,
): Promise<number> {
  const clean: BulkMetadata = {}
  for (const key of ['outlet', 'date', 'author'] as const) {
    const value = patch[key]
    if (value !== undefined) clean[key] = value.trim()
  }
  if (clean.date && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(clean.date)) {
    throw new Error('Dates are written YYYY-MM-DD (or YYYY-MM, YYYY).')
  }
  if (ids.length === 0 || Object.keys(clean).length === 0) return 0
  const docs = (await db.documents.bulkGet([...ids])).filter((d) => d !== undefined)
  const before = docs.map((d) => ({ id: d.id, outlet: d.outlet, date: d.date, author: d.author }))
  const after = before.map((b) => ({ ...b, ...clean }))
  await writeMetadata(after)
  const n = docs.length
  pushUndo({
    label: `Edit metadata of ${n} ${n === 1 ? 'document' : 'documents'}`,
    undo: () => writeMetadata(before),
    redo: () => writeMetadata(after),
  })
  return n
}

/** Moves a document to the trash (its annotations stay, hidden with it). */
export async function deleteDocument(id: string): Promise<void> {
  await db.transaction('rw', db.documents, async () => {
    await db.documents.update(id, { deletedAt: Date.now(), updatedAt: Date.now() })
  })
}

/** Brings a document back from the trash. */
export async function restoreDocument(id: string): Promise<void> {
  await db.transaction('rw', db.documents, async () => {
    await db.documents.update(id, { deletedAt: null, updatedAt: Date.now() })
  })
}
