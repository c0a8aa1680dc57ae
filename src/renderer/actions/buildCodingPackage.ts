import type { CoderPackage } from '../../shared/coderPackage/coderPackageSchema'
import { encodeCoderPackage } from '../../shared/coderPackage/encodeCoderPackage'
import { fileSlug } from '../../shared/export/fileSlug'
import { db } from '../db/NewscoderDb'
import type { PackageFile } from './coderPackageFile'
import { packageHeader, packageStamp, toPackageDocument } from './coderPackageFile'
import { loadReliabilitySample } from './reliabilityActions'

/** Which documents "Send my coding" includes. */
export type PackageScope = 'all' | 'sample' | { documentIds: string[] }

async function scopeIds(projectId: string, scope: PackageScope): Promise<Set<string> | null> {
  if (scope === 'all') return null
  if (scope === 'sample') {
    const sample = await loadReliabilitySample(projectId)
    if (!sample) throw new Error('This project has no reliability sample yet.')
    return new Set(sample.ids)
  }
  return new Set(scope.documentIds)
}

/**
 * Builds "Send my coding": `coder`'s live annotations and article codings on the chosen documents
 * of the project, with the codebook, the documents (metadata and text hash, no text) and the
 * speakers the annotations refer to. Returns the file to save.
 */
export async function buildCodingPackage(
  projectId: string,
  coder: string,
  scope: PackageScope,
): Promise<PackageFile> {
  const ids = await scopeIds(projectId, scope)
  return db.transaction(
    'r',
    [
      db.projects,
      db.codebooks,
      db.documents,
      db.annotations,
      db.articleCodings,
      db.speakers,
      db.settings,
    ],
    async () => {
      const base = await packageHeader(projectId, coder, 'coding')
      const documents = (await db.documents.where('projectId').equals(projectId).toArray()).filter(
        (d) => d.deletedAt === null && (ids === null || ids.has(d.id)),
      )
      const included = new Set(documents.map((d) => d.id))
      const annotations = (
        await db.annotations.where('projectId').equals(projectId).toArray()
      ).filter((a) => a.coder === coder && a.deletedAt === null && included.has(a.documentId))
      const articleCodings = (
        await db.articleCodings.where('projectId').equals(projectId).toArray()
      ).filter((c) => c.coder === coder && included.has(c.documentId))
      const speakers = await db.speakers.where('projectId').equals(projectId).toArray()
      const pkg: CoderPackage = {
        ...base,
        documents: documents.map((d) => toPackageDocument(d)),
        annotations,
        articleCodings,
        speakers,
      }
      return {
        fileName: `${fileSlug(base.project.name)}-coding-${fileSlug(coder, 'coder')}-${packageStamp()}.ncpkg`,
        // Zipped: a coder's packages travel by e-mail, and the JSON shrinks several-fold.
        content: new Uint8Array(encodeCoderPackage(pkg, { zip: true })),
        documents: documents.length,
        annotations: annotations.length,
      }
    },
  )
}
