import type { Annotation } from '../domain/annotation'
import type { ArticleCoding } from '../domain/articleCoding'
import type { Speaker } from '../domain/speaker'
import type { CoderPackage } from './coderPackageSchema'

/** What the receiving project holds that a merge must respect. */
export type MergeTarget = {
  projectId: string
  codebookVersion: number | null
  /** The project's live documents. */
  documents: readonly { id: string; textHash: string }[]
  /** Stored annotations (any project) that carry the ids of the package's annotations. */
  existingAnnotations: ReadonlyMap<string, Pick<Annotation, 'id' | 'coder' | 'updatedAt'>>
  /** Stored article codings of the project, keyed `${documentId}\u0000${coder}`. */
  existingCodings: ReadonlyMap<string, Pick<ArticleCoding, 'id' | 'updatedAt'>>
  existingSpeakerIds: ReadonlySet<string>
}

/** A received annotation that was not merged, and why. */
export type RefusedAnnotation = { id: string; coder: string; reason: string }

/** What a merge will write and what it must report. */
export type MergePlan = {
  addAnnotations: Annotation[]
  /** Newer versions of annotations the same coder made earlier (same id, same coder). */
  updateAnnotations: Annotation[]
  /** Received annotations identical to or older than the stored ones. */
  unchanged: number
  refused: RefusedAnnotation[]
  /** Package documents with no document of the same text in the project. */
  missingDocuments: { title: string; textHash: string; annotations: number }[]
  /** Set when the package was coded under another codebook version. */
  codebookConflict: { local: number | null; received: number } | null
  putCodings: ArticleCoding[]
  addSpeakers: Speaker[]
}

/** Key of an article coding by document and coder. */
export const codingKey = (documentId: string, coder: string): string =>
  `${documentId}\u0000${coder}`

/**
 * Plans how a received coding package merges into a project, never touching another coder's
 * work. Documents are matched by text hash (the first live document of the project with the same
 * hash); codes on documents the project lacks are not merged and the documents are reported.
 * Annotations merge by their stable id:
 * - a new id is added (moved to the local project and document id);
 * - an id already stored for the SAME coder is replaced when the received one was updated later
 *   (that coder's newer work), else left alone;
 * - an id already stored for ANOTHER coder is refused and reported — it is never overwritten.
 * Article codings merge by document and coder (newer wins, for that coder only). Speakers the
 * project lacks are added by id; existing ones are never changed. A different codebook version is
 * reported as a conflict; the codes are still merged and keep the version they were made under.
 */
export function planPackageMerge(pkg: CoderPackage, target: MergeTarget): MergePlan {
  const byHash = new Map<string, string>()
  for (const doc of target.documents)
    if (!byHash.has(doc.textHash)) byHash.set(doc.textHash, doc.id)
  const localDoc = new Map<string, string>()
  const missingDocuments: MergePlan['missingDocuments'] = []
  for (const doc of pkg.documents) {
    const local = byHash.get(doc.textHash)
    if (local !== undefined) localDoc.set(doc.id, local)
    else {
      const annotations = pkg.annotations.filter((a) => a.documentId === doc.id).length
      missingDocuments.push({ title: doc.title, textHash: doc.textHash, annotations })
    }
  }

  const plan: MergePlan = {
    addAnnotations: [],
    updateAnnotations: [],
    unchanged: 0,
    refused: [],
    missingDocuments,
    codebookConflict:
      target.codebookVersion === pkg.codebook.version
        ? null
        : { local: target.codebookVersion, received: pkg.codebook.version },
    putCodings: [],
    addSpeakers: pkg.speakers
      .filter((s) => !target.existingSpeakerIds.has(s.id))
      .map((s) => ({ ...s, projectId: target.projectId })),
  }
  for (const annotation of pkg.annotations) {
    const documentId = localDoc.get(annotation.documentId)
    if (documentId === undefined) continue
    const moved = { ...annotation, projectId: target.projectId, documentId }
    const stored = target.existingAnnotations.get(annotation.id)
    if (stored === undefined) plan.addAnnotations.push(moved)
    else if (stored.coder !== annotation.coder) {
      plan.refused.push({
        id: annotation.id,
        coder: annotation.coder,
        reason: `an annotation with this id belongs to ${stored.coder}`,
      })
    } else if (annotation.updatedAt > stored.updatedAt) plan.updateAnnotations.push(moved)
    else plan.unchanged += 1
  }
  for (const coding of pkg.articleCodings) {
    const documentId = localDoc.get(coding.documentId)
    if (documentId === undefined) continue
    const stored = target.existingCodings.get(codingKey(documentId, coding.coder))
    if (stored && stored.updatedAt >= coding.updatedAt) continue
    plan.putCodings.push({
      ...coding,
      id: stored?.id ?? coding.id,
      projectId: target.projectId,
      documentId,
    })
  }
  return plan
}
