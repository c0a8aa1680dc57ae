import type { CodedValue } from '../../shared/domain/annotation'
import type { ArticleCoding, CodingStatus } from '../../shared/domain/articleCoding'
import { db } from '../db/NewscoderDb'
import { applicableValues } from '../../shared/codebook/applicableValues'
import { useSession } from '../state/sessionStore'
import { cleanValues } from './annotationActions'
import { pushUndo } from './undoStack'

/** A coder's article coding of a document, if they have started one. */
export function articleCodingOf(
  documentId: string,
  coder: string,
): Promise<ArticleCoding | undefined> {
  return db.articleCodings.where('[documentId+coder]').equals([documentId, coder]).first()
}

type Change = (current: { values: Record<string, CodedValue>; status: CodingStatus }) => {
  values: Record<string, CodedValue>
  status: CodingStatus
}

const put = (row: ArticleCoding) => () => db.articleCodings.put(row).then(() => undefined)

/**
 * Applies `change` to the current coder's row for the document in one transaction (creating the
 * row on first write), and records an undo step that puts the row back exactly, or removes it if
 * there was none. A change that changes nothing writes nothing.
 */
async function writeArticleCoding(documentId: string, label: string, change: Change) {
  const coder = useSession.getState().coder
  const tables = [db.articleCodings, db.documents, db.codebooks]
  const result = await db.transaction('rw', tables, async () => {
    const doc = await db.documents.get(documentId)
    if (!doc || doc.deletedAt !== null) throw new Error('This document no longer exists.')
    const codebook = await db.codebooks.where('projectId').equals(doc.projectId).first()
    const before = await articleCodingOf(documentId, coder)
    const current = { values: before?.values ?? {}, status: before?.status ?? 'not_started' }
    const next = change(current)
    const articleDimensions = (codebook?.dimensions ?? []).filter((d) => d.scope === 'article')
    const values = applicableValues(articleDimensions, cleanValues(next.values))
    if (JSON.stringify({ values, status: next.status }) === JSON.stringify(current)) return null
    const now = Date.now()
    const after: ArticleCoding = {
      id: before?.id ?? crypto.randomUUID(),
      projectId: doc.projectId,
      documentId,
      coder,
      values,
      status: next.status,
      codebookVersion: codebook?.version ?? 1,
      createdAt: before?.createdAt ?? now,
      updatedAt: now,
    }
    await db.articleCodings.put(after)
    return { before, after }
  })
  if (!result) return
  const { before, after } = result
  pushUndo({
    label,
    undo: before ? put(before) : () => db.articleCodings.delete(after.id),
    redo: put(after),
  })
}

/**
 * Sets one article-level code for the current coder; undoable. Coding anything moves a
 * not-started document to "in progress"; codes that skip logic now hides are dropped.
 */
export function setArticleValue(
  documentId: string,
  dimensionId: string,
  value: CodedValue,
): Promise<void> {
  return writeArticleCoding(documentId, 'Article code', (current) => ({
    values: { ...current.values, [dimensionId]: value },
    status: current.status === 'not_started' ? 'in_progress' : current.status,
  }))
}

/** Sets the current coder's coding status of a document; undoable. */
export function setCodingStatus(documentId: string, status: CodingStatus): Promise<void> {
  return writeArticleCoding(documentId, 'Coding status', (current) => ({ ...current, status }))
}
