import type { CodedValue } from '../../shared/domain/annotation'
import type { Codebook } from '../../shared/domain/codebook'
import type { CodebookVersion } from '../../shared/domain/codebookVersion'
import type { CodebookChange } from '../../shared/codebook/codebookChange'
import { applyCodebookChange } from '../../shared/codebook/codebookChange'
import { describeCodebookChange } from '../../shared/codebook/describeCodebookChange'
import type { ValueMapping } from '../../shared/codebook/rewriteCodedValues'
import { rewriteCodedValues } from '../../shared/codebook/rewriteCodedValues'
import { usageOfValue } from '../../shared/codebook/usageOfValue'
import { db } from '../db/NewscoderDb'
import { useSession } from '../state/sessionStore'
import { announceAnnotationChange } from './annotationEvents'
import { pushUndo } from './undoStack'

type Values = Record<string, CodedValue>

/** What a codebook write changed, kept so that undo can put it all back. */
type Written = {
  note: string
  before: Pick<Codebook, 'name' | 'dimensions'>
  /** Previous values of every annotation / article coding whose codes were rewritten. */
  annotations: Map<string, Values>
  codings: Map<string, Values>
  documentIds: Set<string>
}

const TABLES = () => [db.codebooks, db.codebookVersions, db.annotations, db.articleCodings]

async function loadCodebook(projectId: string): Promise<Codebook> {
  const codebook = await db.codebooks.where('projectId').equals(projectId).first()
  if (!codebook) throw new Error('This project has no codebook.')
  return codebook
}

/** Stores the new state as the next version, with the note and the session's coder. */
async function storeVersion(
  codebook: Codebook,
  next: Pick<Codebook, 'name' | 'dimensions'>,
  note: string,
) {
  const now = Date.now()
  const version = codebook.version + 1
  await db.codebooks.put({ ...codebook, ...next, version, updatedAt: now })
  const row: CodebookVersion = {
    id: crypto.randomUUID(),
    projectId: codebook.projectId,
    version,
    dimensions: next.dimensions,
    note,
    coder: useSession.getState().coder,
    createdAt: now,
  }
  await db.codebookVersions.add(row)
}

/** Rewrites the codes of every annotation and article coding of the project that `mapping` touches. */
async function migrateCodes(projectId: string, mapping: ValueMapping, written: Written) {
  const now = Date.now()
  const annotations = await db.annotations.where('projectId').equals(projectId).toArray()
  const changed = []
  for (const a of annotations) {
    const values = rewriteCodedValues(a.values, mapping)
    if (values === a.values) continue
    written.annotations.set(a.id, a.values)
    written.documentIds.add(a.documentId)
    changed.push({ ...a, values, updatedAt: now })
  }
  await db.annotations.bulkPut(changed)
  const codings = await db.articleCodings.where('projectId').equals(projectId).toArray()
  const changedCodings = []
  for (const c of codings) {
    const values = rewriteCodedValues(c.values, mapping)
    if (values === c.values) continue
    written.codings.set(c.id, c.values)
    changedCodings.push({ ...c, values, updatedAt: now })
  }
  await db.articleCodings.bulkPut(changedCodings)
}

function announce(documentIds: Iterable<string>): void {
  for (const documentId of documentIds) announceAnnotationChange({ documentId, kind: 'reload' })
}

/** Applies one edit in one transaction: codebook, history row and any rewritten codes together. */
async function write(projectId: string, change: CodebookChange, note?: string): Promise<Written> {
  const written = await db.transaction('rw', TABLES(), async () => {
    const codebook = await loadCodebook(projectId)
    const { dimensions, mapping } = applyCodebookChange(codebook.dimensions, change)
    const text = note ?? describeCodebookChange(codebook.dimensions, change)
    const result: Written = {
      note: text,
      before: { name: codebook.name, dimensions: codebook.dimensions },
      annotations: new Map(),
      codings: new Map(),
      documentIds: new Set(),
    }
    if (mapping) await migrateCodes(projectId, mapping, result)
    const name = change.kind === 'replace' && change.name ? change.name : codebook.name
    await storeVersion(codebook, { name, dimensions }, text)
    return result
  })
  announce(written.documentIds)
  return written
}

/** Puts back the codebook and every code an edit rewrote, as a new version noted "Undid: …". */
async function restore(projectId: string, written: Written): Promise<void> {
  await db.transaction('rw', TABLES(), async () => {
    const codebook = await loadCodebook(projectId)
    const now = Date.now()
    for (const [id, values] of written.annotations) {
      await db.annotations.update(id, { values, updatedAt: now })
    }
    for (const [id, values] of written.codings) {
      await db.articleCodings.update(id, { values, updatedAt: now })
    }
    await storeVersion(codebook, written.before, `Undid: ${written.note}`)
  })
  announce(written.documentIds)
}

/**
 * Applies an edit of the project's codebook (see `CodebookChange`) in one Dexie transaction:
 * the codebook gets the next version, the history gets a row with the note and the coder, and a
 * merge or a delete rewrites every affected annotation's and article coding's codes (open
 * documents are told to reload). Undoable: undo restores the previous codebook and codes.
 * Throws with a user-facing message when the edit is not allowed; then nothing changes.
 */
export async function changeCodebook(projectId: string, change: CodebookChange): Promise<string> {
  let written = await write(projectId, change)
  pushUndo({
    label: written.note,
    undo: () => restore(projectId, written),
    redo: async () => {
      written = await write(projectId, change, written.note)
    },
  })
  return written.note
}

/** How many live annotations and article codings of a project use a value; shown before deleting it. */
export async function countValueUsage(
  projectId: string,
  dimensionId: string,
  valueId: string,
): Promise<{ annotations: number; articleCodings: number }> {
  return db.transaction('r', db.annotations, db.articleCodings, async () => {
    const annotations = await db.annotations.where('projectId').equals(projectId).toArray()
    const codings = await db.articleCodings.where('projectId').equals(projectId).toArray()
    const live = annotations.filter((a) => a.deletedAt === null)
    return {
      annotations: usageOfValue(live, dimensionId, valueId),
      articleCodings: usageOfValue(codings, dimensionId, valueId),
    }
  })
}

/** The recorded versions of a project's codebook, newest first. */
export async function codebookHistory(projectId: string): Promise<CodebookVersion[]> {
  const rows = await db.codebookVersions.where('projectId').equals(projectId).toArray()
  return rows.sort((a, b) => b.version - a.version)
}
