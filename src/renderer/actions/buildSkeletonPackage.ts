import type { CoderPackage } from '../../shared/coderPackage/coderPackageSchema'
import { encodeCoderPackage } from '../../shared/coderPackage/encodeCoderPackage'
import { fileSlug } from '../../shared/export/fileSlug'
import { db } from '../db/NewscoderDb'
import type { PackageFile } from './coderPackageFile'
import { packageHeader, packageStamp, toPackageDocument } from './coderPackageFile'

/**
 * Builds "Send project skeleton": the project's live documents with their texts, the codebook and
 * the speakers, no coding — what a lead sends to new coders. Zipped like a coding package
 * (`.ncpkg`): the texts are most of a skeleton, and they shrink several-fold.
 */
export async function buildSkeletonPackage(projectId: string, coder: string): Promise<PackageFile> {
  return db.transaction(
    'r',
    [db.projects, db.codebooks, db.documents, db.texts, db.speakers],
    async () => {
      const base = await packageHeader(projectId, coder, 'skeleton')
      const documents = (await db.documents.where('projectId').equals(projectId).toArray()).filter(
        (d) => d.deletedAt === null,
      )
      const texts = await db.texts.bulkGet(documents.map((d) => d.id))
      const speakers = await db.speakers.where('projectId').equals(projectId).toArray()
      const pkg: CoderPackage = {
        ...base,
        documents: documents.map((d, i) => toPackageDocument(d, texts[i]?.text ?? '')),
        annotations: [],
        articleCodings: [],
        speakers,
      }
      return {
        fileName: `${fileSlug(base.project.name)}-skeleton-${packageStamp()}.ncpkg`,
        content: new Uint8Array(encodeCoderPackage(pkg, { zip: true })),
        documents: documents.length,
        annotations: 0,
      }
    },
  )
}
