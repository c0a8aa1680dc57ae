import type { CodedValue } from '../domain/annotation'
import type { Dimension } from '../domain/codebook'
import type { ProjectBackup } from './projectBackup'

/**
 * Returns the backup with a fresh id for every row (project, documents, codebook and its history,
 * speakers, annotations, article codings), every reference rewritten to match: `projectId`,
 * `documentId`, speaker ids inside the values of speaker dimensions, and project ids inside
 * setting keys. Dimension and value ids stay: they belong to the codebook, not to the database.
 * Used when the backed-up project (or any of its ids) still exists, so the restore is a copy.
 */
export function remapProjectIds(backup: ProjectBackup, newId: () => string): ProjectBackup {
  const ids = new Map<string, string>()
  const map = (id: string): string => {
    let next = ids.get(id)
    if (next === undefined) {
      next = newId()
      ids.set(id, next)
    }
    return next
  }
  const projectId = map(backup.project.id)
  const speakerIds = new Map(backup.speakers.map((s) => [s.id, map(s.id)]))
  const speakerDimensions = new Set(
    [...backup.codebooks, ...backup.codebookVersions]
      .flatMap((c) => c.dimensions as Dimension[])
      .filter((d) => d.kind === 'speaker')
      .map((d) => d.id),
  )
  const remapValues = (values: Record<string, CodedValue>): Record<string, CodedValue> =>
    Object.fromEntries(
      Object.entries(values).map(([dimension, value]) => {
        if (!speakerDimensions.has(dimension)) return [dimension, value]
        const swap = (v: string) => speakerIds.get(v) ?? v
        if (typeof value === 'string') return [dimension, swap(value)]
        if (Array.isArray(value)) return [dimension, value.map(swap)]
        return [dimension, value]
      }),
    )

  return {
    project: { ...backup.project, id: projectId },
    documents: backup.documents.map((d) => ({ ...d, id: map(d.id), projectId })),
    texts: backup.texts.map((t) => ({ ...t, documentId: map(t.documentId), projectId })),
    codebooks: backup.codebooks.map((c) => ({ ...c, id: map(c.id), projectId })),
    codebookVersions: backup.codebookVersions.map((v) => ({ ...v, id: map(v.id), projectId })),
    speakers: backup.speakers.map((s) => ({ ...s, id: map(s.id), projectId })),
    annotations: backup.annotations.map((a) => ({
      ...a,
      id: map(a.id),
      projectId,
      documentId: map(a.documentId),
      values: remapValues(a.values),
    })),
    articleCodings: backup.articleCodings.map((c) => ({
      ...c,
      id: map(c.id),
      projectId,
      documentId: map(c.documentId),
      values: remapValues(c.values),
    })),
    settings: backup.settings.map((s) => ({
      ...s,
      key: s.key.split(backup.project.id).join(projectId),
    })),
  }
}
