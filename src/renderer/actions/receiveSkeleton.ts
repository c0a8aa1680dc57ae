import type { CoderPackage } from '../../shared/coderPackage/coderPackageSchema'
import { db } from '../db/NewscoderDb'
import type { ReceiveReport } from './receiveCoderPackage'

/**
 * Receives a project skeleton: creates its project (same id, name and codebook) if this
 * installation lacks it, restores it from the trash if it was deleted, and adds the documents
 * whose text the project does not have yet, with their texts, and the speakers it lacks. Existing
 * documents, codebook and coding are never changed. Returns the report.
 */
export async function receiveSkeleton(pkg: CoderPackage): Promise<ReceiveReport> {
  const now = Date.now()
  return db.transaction(
    'rw',
    [db.projects, db.codebooks, db.codebookVersions, db.documents, db.texts, db.speakers],
    async () => {
      const existing = await db.projects.get(pkg.project.id)
      const createdProject = existing === undefined || existing.deletedAt !== null
      if (existing === undefined) {
        await db.projects.add({
          id: pkg.project.id,
          name: pkg.project.name,
          createdAt: now,
          updatedAt: now,
          deletedAt: null,
          isSample: false,
        })
        await db.codebooks.add({
          id: crypto.randomUUID(),
          projectId: pkg.project.id,
          name: pkg.codebook.name,
          version: pkg.codebook.version,
          dimensions: pkg.codebook.dimensions,
          updatedAt: now,
        })
        await db.codebookVersions.add({
          id: crypto.randomUUID(),
          projectId: pkg.project.id,
          version: pkg.codebook.version,
          dimensions: pkg.codebook.dimensions,
          note: `Received from ${pkg.coder}`,
          coder: pkg.coder,
          createdAt: now,
        })
      } else if (existing.deletedAt !== null) {
        await db.projects.update(existing.id, { deletedAt: null, updatedAt: now })
      }
      const local = await db.documents.where('projectId').equals(pkg.project.id).toArray()
      const hashes = new Set(local.filter((d) => d.deletedAt === null).map((d) => d.textHash))
      const fresh = pkg.documents.filter((d) => !hashes.has(d.textHash))
      const taken = new Set(
        (await db.documents.bulkGet(fresh.map((d) => d.id))).filter(Boolean).map((d) => d?.id),
      )
      for (const doc of fresh) {
        const id = taken.has(doc.id) ? crypto.randomUUID() : doc.id
        const { text = '', ...meta } = doc
        await db.documents.add({
          ...meta,
          id,
          projectId: pkg.project.id,
          provenance: { kind: 'file', fileName: null, size: null, sha256: null, importedAt: now },
          createdAt: now,
          updatedAt: now,
          deletedAt: null,
        })
        await db.texts.add({ documentId: id, projectId: pkg.project.id, text })
      }
      const speakerIds = new Set(
        (await db.speakers.where('projectId').equals(pkg.project.id).toArray()).map((s) => s.id),
      )
      const newSpeakers = pkg.speakers
        .filter((s) => !speakerIds.has(s.id))
        .map((s) => ({ ...s, projectId: pkg.project.id }))
      const clashing = new Set(
        (await db.speakers.bulkGet(newSpeakers.map((s) => s.id))).filter(Boolean).map((s) => s?.id),
      )
      await db.speakers.bulkAdd(newSpeakers.filter((s) => !clashing.has(s.id)))
      return {
        kind: pkg.kind,
        from: pkg.coder,
        projectId: pkg.project.id,
        projectName: pkg.project.name,
        createdProject,
        addedDocuments: fresh.length,
        added: 0,
        updated: 0,
        unchanged: 0,
        codings: 0,
        refused: [],
        missingDocuments: [],
        codebookConflict: null,
      }
    },
  )
}
