import type { Annotation, AnnotationCodes, CodedValue } from '../../shared/domain/annotation'
import { describeSpan } from '../../shared/anchoring/describeSpan'
import { DIM } from '../../shared/codebook/sourcingAndStance'
import { db } from '../db/NewscoderDb'
import { loadDocumentText } from '../db/loadDocumentText'
import { useSession } from '../state/sessionStore'
import { announceAnnotationChange } from './annotationEvents'
import { assertOwnAnnotation } from './annotationOwnership'
import { pushUndo } from './undoStack'

/** What the tagging panel submits for a new span. */
export type NewAnnotation = {
  documentId: string
  /** The document's project, if known: saves a database round trip. */
  projectId?: string
  start: number
  end: number
  values: Record<string, CodedValue>
  memo: string
}

/** Drops empty codes so that "not coded" is always a missing key, never '' or []. */
export function cleanValues(values: Record<string, CodedValue>): Record<string, CodedValue> {
  const out: Record<string, CodedValue> = {}
  for (const [key, v] of Object.entries(values)) {
    if (v === null || v === '' || (Array.isArray(v) && v.length === 0)) continue
    out[key] = v
  }
  return out
}

/** A span's codes are worth keeping if any value or a memo is set; an empty tag is not saved. */
export function hasCodes(codes: AnnotationCodes): boolean {
  return Object.keys(cleanValues(codes.values)).length > 0 || codes.memo.trim() !== ''
}

/** Writes a change to one annotation and announces the stored result to the open views. */
async function patchAnnotation(id: string, patch: Partial<Annotation>): Promise<void> {
  const row = await db.transaction('rw', db.annotations, async () => {
    await db.annotations.update(id, { ...patch, updatedAt: Date.now() })
    return db.annotations.get(id)
  })
  if (!row) return
  announceAnnotationChange(
    row.deletedAt === null
      ? { documentId: row.documentId, kind: 'upsert', annotation: row }
      : { documentId: row.documentId, kind: 'remove', id },
  )
}

function setDeleted(id: string, deletedAt: number | null): Promise<void> {
  return patchAnnotation(id, { deletedAt })
}

// A speaker chosen for the first time with a source type learns it as their default.
async function learnSpeakerDefault(values: Record<string, CodedValue>): Promise<void> {
  const speakerId = values[DIM.speaker]
  const sourceType = values[DIM.sourceType]
  if (typeof speakerId !== 'string' || typeof sourceType !== 'string') return
  const speaker = await db.speakers.get(speakerId)
  if (speaker && speaker.defaultSourceType === null) {
    await db.speakers.update(speakerId, { defaultSourceType: sourceType, updatedAt: Date.now() })
  }
}

/**
 * Stores a new span with its codes, describing its quote and context for later re-anchoring;
 * undoable. Throws with a user-facing message when the range is not in the text.
 *
 * The open views are told about the new span while its write transaction runs, so painting and
 * the durable write overlap instead of queueing (a strict-durability commit takes ~25 ms); if the
 * write fails, the span is withdrawn from the views and the error is thrown.
 */
export async function createAnnotation(input: NewAnnotation): Promise<Annotation> {
  const coder = useSession.getState().coder
  // Texts never change, so the cached copy is the stored one (see loadDocumentText).
  // One round trip: the project's codebook is looked up by the document's project id, which the
  // caller usually knows; a wrong or missing hint costs a second read, never a wrong version.
  const [text, doc, hinted] = await Promise.all([
    loadDocumentText(input.documentId),
    db.documents.get(input.documentId),
    input.projectId ? db.codebooks.where('projectId').equals(input.projectId).first() : undefined,
  ])
  if (!doc || doc.deletedAt !== null || text === undefined) {
    throw new Error('This document no longer exists.')
  }
  if (input.start < 0 || input.end > text.length || input.end <= input.start) {
    throw new Error('The selection is outside the text.')
  }
  const codebook =
    hinted?.projectId === doc.projectId
      ? hinted
      : await db.codebooks.where('projectId').equals(doc.projectId).first()
  const span = describeSpan(text, input.start, input.end)
  const now = Date.now()
  const values = cleanValues(input.values)
  const annotation: Annotation = {
    id: crypto.randomUUID(),
    projectId: doc.projectId,
    documentId: doc.id,
    coder,
    ...span,
    textHash: doc.textHash,
    values,
    memo: input.memo.trim(),
    codebookVersion: codebook?.version ?? 1,
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
  }
  const write = db.transaction('rw', [db.annotations, db.speakers], async () => {
    await db.annotations.add(annotation)
    await learnSpeakerDefault(values)
  })
  announceAnnotationChange({ documentId: doc.id, kind: 'upsert', annotation })
  try {
    await write
  } catch (error) {
    announceAnnotationChange({ documentId: doc.id, kind: 'remove', id: annotation.id })
    throw error
  }
  pushUndo({
    label: 'Tag span',
    undo: () => setDeleted(annotation.id, Date.now()),
    redo: () => setDeleted(annotation.id, null),
  })
  return annotation
}

/**
 * Replaces a span's codes and memo; undoable. An edit that changes nothing is not recorded.
 * Refuses another coder's span and the Consensus layer's (see `assertOwnAnnotation`).
 */
export async function updateAnnotationCodes(id: string, codes: AnnotationCodes): Promise<void> {
  const next: AnnotationCodes = { values: cleanValues(codes.values), memo: codes.memo.trim() }
  const result = await db.transaction('rw', [db.annotations, db.speakers], async () => {
    const current = await db.annotations.get(id)
    if (!current) throw new Error('This annotation no longer exists.')
    assertOwnAnnotation(current, useSession.getState().coder)
    const prev: AnnotationCodes = { values: current.values, memo: current.memo }
    if (JSON.stringify(prev) === JSON.stringify(next)) return null
    const updated = { ...current, ...next, updatedAt: Date.now() }
    await db.annotations.put(updated)
    await learnSpeakerDefault(next.values)
    return { prev, updated }
  })
  if (!result) return
  const { prev: before, updated } = result
  if (updated.deletedAt === null) {
    announceAnnotationChange({
      documentId: updated.documentId,
      kind: 'upsert',
      annotation: updated,
    })
  }
  const write = (codes: AnnotationCodes) => () => patchAnnotation(id, codes)
  pushUndo({ label: 'Edit codes', undo: write(before), redo: write(next) })
}

/** Moves a span to the trash (recoverable); undoable. Refuses another coder's span. */
export async function deleteAnnotation(id: string): Promise<void> {
  const current = await db.annotations.get(id)
  if (current) assertOwnAnnotation(current, useSession.getState().coder)
  await setDeleted(id, Date.now())
  pushUndo({
    label: 'Delete span',
    undo: () => setDeleted(id, null),
    redo: () => setDeleted(id, Date.now()),
  })
}

/** The live (not deleted) annotations of a document in text order. */
export async function documentAnnotations(documentId: string): Promise<Annotation[]> {
  const rows = await db.annotations
    .where('[documentId+start]')
    .between([documentId, -Infinity], [documentId, Infinity])
    .toArray()
  return rows.filter((a) => a.deletedAt === null)
}
