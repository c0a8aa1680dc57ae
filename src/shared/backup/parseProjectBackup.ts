import type { z } from 'zod'
import { anchorAnnotation } from '../anchoring/anchorAnnotation'
import { annotationSchema } from '../domain/annotation'
import { articleCodingSchema } from '../domain/articleCoding'
import { codebookSchema } from '../domain/codebook'
import { codebookVersionSchema } from '../domain/codebookVersion'
import { documentSchema, documentTextSchema } from '../domain/document'
import { projectSchema } from '../domain/project'
import { speakerSchema } from '../domain/speaker'
import { sha256Hex } from '../text/sha256Hex'
import type { BackupRows } from './backupFormat'
import type { ProjectBackup } from './projectBackup'
import { BackupError } from './readArchive'

function rowsOf<T>(rows: BackupRows, table: keyof BackupRows, schema: z.ZodType<T>): T[] {
  return (rows[table] ?? []).map((row, index) => {
    const parsed = schema.safeParse(row)
    if (parsed.success) return parsed.data
    const issue = parsed.error.issues[0]
    const where = issue?.path.join('.') || 'row'
    throw new BackupError(
      `The backup is damaged: ${table} row ${index + 1} is invalid (${where}: ${issue?.message}).`,
    )
  })
}

/**
 * Checks a project archive's rows against the domain schemas and against each other, and returns
 * them typed. Refused (BackupError): not exactly one project; rows of another project; a text whose
 * hash differs from its document's; annotations pointing at missing documents, with offsets outside
 * their text, or whose offsets no longer cover their quoted text. Such annotations are named, never
 * moved: a backup is restored exactly as written or not at all.
 */
export function parseProjectBackup(rows: BackupRows): ProjectBackup {
  const projects = rowsOf(rows, 'projects', projectSchema)
  if (projects.length !== 1) {
    throw new BackupError(`A project backup holds one project; this one holds ${projects.length}.`)
  }
  const project = projects[0] as ProjectBackup['project']
  const backup: ProjectBackup = {
    project,
    documents: rowsOf(rows, 'documents', documentSchema),
    texts: rowsOf(rows, 'texts', documentTextSchema),
    codebooks: rowsOf(rows, 'codebooks', codebookSchema),
    codebookVersions: rowsOf(rows, 'codebookVersions', codebookVersionSchema),
    speakers: rowsOf(rows, 'speakers', speakerSchema),
    annotations: rowsOf(rows, 'annotations', annotationSchema),
    articleCodings: rowsOf(rows, 'articleCodings', articleCodingSchema),
    settings: (rows.settings ?? []).map((row) => {
      const key = (row as { key?: unknown })?.key
      if (typeof key !== 'string' || !key.includes(project.id)) {
        throw new BackupError('The backup is damaged: it holds a setting of another project.')
      }
      return { key, value: (row as { value?: unknown }).value }
    }),
  }

  const tables = [
    backup.documents,
    backup.texts,
    backup.codebooks,
    backup.codebookVersions,
    backup.speakers,
    backup.annotations,
    backup.articleCodings,
  ]
  if (tables.some((list) => list.some((row) => row.projectId !== project.id))) {
    throw new BackupError('The backup is damaged: it holds rows of another project.')
  }

  const documents = new Map(backup.documents.map((d) => [d.id, d]))
  const texts = new Map(backup.texts.map((t) => [t.documentId, t.text]))
  for (const doc of backup.documents) {
    const text = texts.get(doc.id)
    if (text === undefined || sha256Hex(text) !== doc.textHash) {
      throw new BackupError(
        `The backup is damaged: the text of “${doc.title}” is missing or altered.`,
      )
    }
  }

  for (const a of backup.annotations) {
    const doc = documents.get(a.documentId)
    const text = texts.get(a.documentId)
    if (!doc || text === undefined) {
      throw new BackupError(`The backup is damaged: annotation ${a.id} belongs to no document.`)
    }
    if (a.end > text.length) {
      throw new BackupError(
        `The backup is damaged: annotation ${a.id} in “${doc.title}” ends at ${a.end}, past the end of its text (${text.length}).`,
      )
    }
    if (text.slice(a.start, a.end) !== a.exact) {
      // The hash is left out so that the anchoring looks for the quote instead of trusting offsets.
      const anchor = anchorAnnotation(text, '', a)
      const found =
        anchor.status === 'fuzzy'
          ? `its quote is now found at ${anchor.start}–${anchor.end}`
          : 'its quote is not found in the text (orphan)'
      throw new BackupError(
        `The backup was refused: annotation ${a.id} in “${doc.title}” does not match the text at ${a.start}–${a.end}; ${found}. Nothing was restored.`,
      )
    }
  }
  return backup
}
