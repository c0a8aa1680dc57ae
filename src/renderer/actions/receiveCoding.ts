import type { CoderPackage } from '../../shared/coderPackage/coderPackageSchema'
import { codingKey, planPackageMerge } from '../../shared/coderPackage/planPackageMerge'
import { db } from '../db/NewscoderDb'
import { announceAnnotationChange } from './annotationEvents'
import type { ReceiveReport } from './receiveCoderPackage'

/**
 * Merges a coding package into the project of the same id, or else into the open project, by
 * `planPackageMerge` (documents by text hash; another coder's work is never overwritten), in one
 * transaction, and tells the open reader to reload the documents it touched. Returns the report;
 * throws when there is no project to merge into.
 */
export async function receiveCoding(
  pkg: CoderPackage,
  openProjectId: string | null,
): Promise<ReceiveReport> {
  const known = await db.projects.get(pkg.project.id)
  const projectId = known && known.deletedAt === null ? known.id : openProjectId
  if (projectId === null)
    throw new Error('Open the project this coding belongs to first, or receive its skeleton.')
  const result = await db.transaction(
    'rw',
    [db.projects, db.codebooks, db.documents, db.annotations, db.articleCodings, db.speakers],
    async () => {
      const [project, codebook, documents, existing, codings, speakers] = await Promise.all([
        db.projects.get(projectId),
        db.codebooks.where('projectId').equals(projectId).first(),
        db.documents.where('projectId').equals(projectId).toArray(),
        db.annotations.bulkGet(pkg.annotations.map((a) => a.id)),
        db.articleCodings.where('projectId').equals(projectId).toArray(),
        db.speakers.bulkGet(pkg.speakers.map((s) => s.id)),
      ])
      const plan = planPackageMerge(pkg, {
        projectId,
        codebookVersion: codebook?.version ?? null,
        documents: documents.filter((d) => d.deletedAt === null),
        existingAnnotations: new Map(existing.flatMap((a) => (a ? [[a.id, a] as const] : []))),
        existingCodings: new Map(codings.map((c) => [codingKey(c.documentId, c.coder), c])),
        existingSpeakerIds: new Set(speakers.flatMap((s) => (s ? [s.id] : []))),
      })
      await db.annotations.bulkAdd(plan.addAnnotations)
      await db.annotations.bulkPut(plan.updateAnnotations)
      await db.articleCodings.bulkPut(plan.putCodings)
      await db.speakers.bulkAdd(plan.addSpeakers)
      return { plan, projectName: project?.name ?? pkg.project.name }
    },
  )
  const { plan, projectName } = result
  const touched = new Set(
    [...plan.addAnnotations, ...plan.updateAnnotations].map((a) => a.documentId),
  )
  for (const documentId of touched) announceAnnotationChange({ documentId, kind: 'reload' })
  return {
    kind: pkg.kind,
    from: pkg.coder,
    projectId,
    projectName,
    createdProject: false,
    addedDocuments: 0,
    added: plan.addAnnotations.length,
    updated: plan.updateAnnotations.length,
    unchanged: plan.unchanged,
    codings: plan.putCodings.length,
    refused: plan.refused,
    missingDocuments: plan.missingDocuments,
    codebookConflict: plan.codebookConflict,
  }
}
