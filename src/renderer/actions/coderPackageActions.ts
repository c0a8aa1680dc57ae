import type { CoderPackage, PackageDocument } from '../../shared/coderPackage/coderPackageSchema'
import {
  CODER_PACKAGE_FORMAT,
  CODER_PACKAGE_VERSION,
} from '../../shared/coderPackage/coderPackageSchema'
import { decodeCoderPackage } from '../../shared/coderPackage/decodeCoderPackage'
import { encodeCoderPackage } from '../../shared/coderPackage/encodeCoderPackage'
import type { MergePlan } from '../../shared/coderPackage/planPackageMerge'
import { codingKey, planPackageMerge } from '../../shared/coderPackage/planPackageMerge'
import type { NewsDocument } from '../../shared/domain/document'
import { fileSlug } from '../../shared/export/fileSlug'
import { db } from '../db/NewscoderDb'
import { announceAnnotationChange } from './annotationEvents'
import { loadReliabilitySample } from './reliabilityActions'

/** Which documents "Send my coding" includes. */
export type PackageScope = 'all' | 'sample' | { documentIds: string[] }

/**
 * A package ready to save: its file name and content, the zipped bytes of a coding package
 * (`.ncpkg`) or the JSON text of a skeleton (`.ncpkg.json`).
 */
export type PackageFile = {
  fileName: string
  content: string | Uint8Array<ArrayBuffer>
  documents: number
  annotations: number
}

const toPackageDocument = (d: NewsDocument, text?: string): PackageDocument => ({
  id: d.id,
  title: d.title,
  outlet: d.outlet,
  author: d.author,
  date: d.date,
  url: d.url,
  length: d.length,
  textHash: d.textHash,
  attribution: d.attribution,
  attributes: d.attributes,
  ...(text === undefined ? {} : { text }),
})

async function scopeIds(projectId: string, scope: PackageScope): Promise<Set<string> | null> {
  if (scope === 'all') return null
  if (scope === 'sample') {
    const sample = await loadReliabilitySample(projectId)
    if (!sample) throw new Error('This project has no reliability sample yet.')
    return new Set(sample.ids)
  }
  return new Set(scope.documentIds)
}

async function basePackage(projectId: string, coder: string, kind: CoderPackage['kind']) {
  const [project, codebook] = await Promise.all([
    db.projects.get(projectId),
    db.codebooks.where('projectId').equals(projectId).first(),
  ])
  if (!project || !codebook) throw new Error('This project no longer exists.')
  return {
    format: CODER_PACKAGE_FORMAT,
    formatVersion: CODER_PACKAGE_VERSION,
    kind,
    createdAt: Date.now(),
    coder,
    project: { id: project.id, name: project.name },
    codebook: { name: codebook.name, version: codebook.version, dimensions: codebook.dimensions },
  } as const
}

const stamp = () => new Date().toISOString().slice(0, 10)

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
      const base = await basePackage(projectId, coder, 'coding')
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
        fileName: `${fileSlug(base.project.name)}-coding-${fileSlug(coder, 'coder')}-${stamp()}.ncpkg`,
        // Zipped: a coder's packages travel by e-mail, and the JSON shrinks several-fold.
        content: new Uint8Array(encodeCoderPackage(pkg, { zip: true })),
        documents: documents.length,
        annotations: annotations.length,
      }
    },
  )
}

/** Builds "Send project skeleton": the documents with their texts, the codebook and the speakers, no coding. */
export async function buildSkeletonPackage(projectId: string, coder: string): Promise<PackageFile> {
  return db.transaction(
    'r',
    [db.projects, db.codebooks, db.documents, db.texts, db.speakers],
    async () => {
      const base = await basePackage(projectId, coder, 'skeleton')
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
        fileName: `${fileSlug(base.project.name)}-skeleton-${stamp()}.ncpkg.json`,
        content: encodeCoderPackage(pkg),
        documents: documents.length,
        annotations: 0,
      }
    },
  )
}

/** What receiving a package did, for the report dialog. */
export type ReceiveReport = {
  kind: CoderPackage['kind']
  from: string
  projectId: string
  projectName: string
  createdProject: boolean
  addedDocuments: number
  added: number
  updated: number
  unchanged: number
  codings: number
  refused: MergePlan['refused']
  missingDocuments: MergePlan['missingDocuments']
  codebookConflict: MergePlan['codebookConflict']
}

async function receiveSkeleton(pkg: CoderPackage): Promise<ReceiveReport> {
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

async function receiveCoding(
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

/**
 * "Receive coding": decodes a package file (JSON or zipped) and merges it. A skeleton creates its
 * project (same id, name and codebook) if this installation lacks it and adds the documents whose
 * text it does not have; a coding package merges into the project of the same id, or else into
 * the open project, by `planPackageMerge` (documents by text hash; another coder's work is never
 * overwritten). Throws with the decoder's message for a file that is not a valid package.
 */
export async function receiveCoderPackage(
  bytes: Uint8Array,
  openProjectId: string | null,
): Promise<ReceiveReport> {
  const decoded = decodeCoderPackage(bytes)
  if (!decoded.ok) throw new Error(decoded.error)
  return decoded.pkg.kind === 'skeleton'
    ? receiveSkeleton(decoded.pkg)
    : receiveCoding(decoded.pkg, openProjectId)
}
