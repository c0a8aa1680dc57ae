import { describeSpan } from '../../shared/anchoring/describeSpan'
import type { Annotation, CodedValue } from '../../shared/domain/annotation'
import type { ArticleCoding } from '../../shared/domain/articleCoding'
import type { Codebook } from '../../shared/domain/codebook'
import type { NewsDocument } from '../../shared/domain/document'
import type { Project } from '../../shared/domain/project'
import type { Speaker } from '../../shared/domain/speaker'
import { qdpxToProject } from '../../shared/refiQda/qdpxToProject'
import { sha256Hex } from '../../shared/text/sha256Hex'
import { db } from '../db/NewscoderDb'
import { announceAnnotationChange } from './annotationEvents'

/** What an import created, and the lines of its report (what could not be mapped). */
export type QdpxImportResult = {
  project: Project
  documents: number
  annotations: number
  articleCodings: number
  report: string[]
}

/**
 * Imports a REFI-QDA project file (`.qdpx`) as a new project, in one transaction: its texts as
 * documents, its codes as the codebook (`qdpxToProject`: Newscoder's own dimensions come back,
 * other tools' codes become one "Codes" dimension), the speakers of a Newscoder export, and
 * every coded selection as an annotation described against its text (`describeSpan`), except
 * whole-text selections of article-level codes, which become article codings again. Records
 * get fresh ids, so importing a project's own export never collides with it; speaker values are
 * remapped to the new ids. Refuses unsafe or broken files with the reader's message, before
 * anything is written.
 */
export async function importQdpx(fileName: string, bytes: Uint8Array): Promise<QdpxImportResult> {
  const imported = qdpxToProject(bytes)
  const now = Date.now()
  const project: Project = {
    id: crypto.randomUUID(),
    name: imported.name.slice(0, 200),
    createdAt: now,
    updatedAt: now,
    deletedAt: null,
    isSample: false,
  }
  const codebook: Codebook = {
    id: crypto.randomUUID(),
    projectId: project.id,
    name: `Imported from ${fileName}`.slice(0, 200),
    version: 1,
    dimensions: imported.dimensions,
    updatedAt: now,
  }
  const speakerIds = new Map(imported.speakers.map((s) => [s.id, crypto.randomUUID()]))
  const speakers: Speaker[] = imported.speakers.map((s) => ({
    id: speakerIds.get(s.id) as string,
    projectId: project.id,
    name: s.name,
    aliases: [],
    defaultSourceType: null,
    affiliation: s.affiliation,
    notes: '',
    createdAt: now,
    updatedAt: now,
  }))
  const fileHash = sha256Hex(bytes)
  const documentIds = new Map<string, { id: string; text: string; hash: string }>()
  const documents: NewsDocument[] = imported.sources.map((s): NewsDocument => {
    const id = crypto.randomUUID()
    const hash = sha256Hex(s.text)
    documentIds.set(s.guid, { id, text: s.text, hash })
    return {
      id,
      projectId: project.id,
      title: s.name.slice(0, 1000),
      outlet: '',
      author: '',
      date: '',
      url: '',
      length: s.text.length,
      textHash: hash,
      attribution: '',
      attributes: s.description === '' ? {} : { refi_description: s.description },
      provenance: {
        kind: 'file',
        fileName,
        size: bytes.byteLength,
        sha256: fileHash,
        importedAt: now,
      },
      createdAt: now,
      updatedAt: now,
      deletedAt: null,
    }
  })
  const texts = new Map([...documentIds.values()].map((d) => [d.id, d.text]))
  const speakerDimensions = new Set(
    imported.dimensions.filter((d) => d.kind === 'speaker').map((d) => d.id),
  )
  const remapped = (coded: Record<string, CodedValue>): Record<string, CodedValue> => {
    const values: Record<string, CodedValue> = {}
    for (const [key, value] of Object.entries(coded)) {
      values[key] =
        speakerDimensions.has(key) && typeof value === 'string'
          ? (speakerIds.get(value) ?? value)
          : value
    }
    return values
  }
  const annotations: Annotation[] = imported.spans.flatMap((span) => {
    const doc = documentIds.get(span.sourceGuid)
    if (doc === undefined) return []
    const values = remapped(span.values)
    const quote = describeSpan(doc.text, span.start, span.end)
    return [
      {
        id: crypto.randomUUID(),
        projectId: project.id,
        documentId: doc.id,
        coder: span.coder,
        start: quote.start,
        end: quote.end,
        exact: quote.exact,
        prefix: quote.prefix,
        suffix: quote.suffix,
        textHash: doc.hash,
        values,
        memo: span.memo,
        codebookVersion: 1,
        createdAt: span.createdAt ?? now,
        updatedAt: span.updatedAt ?? span.createdAt ?? now,
        deletedAt: null,
      },
    ]
  })
  const articleCodings: ArticleCoding[] = imported.articleCodings.flatMap((c) => {
    const doc = documentIds.get(c.sourceGuid)
    if (doc === undefined) return []
    const createdAt = c.createdAt ?? now
    return [
      {
        id: crypto.randomUUID(),
        projectId: project.id,
        documentId: doc.id,
        coder: c.coder,
        values: remapped(c.values),
        status: c.status,
        codebookVersion: 1,
        createdAt,
        updatedAt: c.updatedAt ?? createdAt,
      },
    ]
  })
  await db.transaction(
    'rw',
    [
      db.projects,
      db.codebooks,
      db.codebookVersions,
      db.documents,
      db.texts,
      db.speakers,
      db.annotations,
      db.articleCodings,
    ],
    async () => {
      await db.projects.add(project)
      await db.codebooks.add(codebook)
      await db.codebookVersions.add({
        id: crypto.randomUUID(),
        projectId: project.id,
        version: 1,
        dimensions: codebook.dimensions,
        note: `Imported from the REFI-QDA project ${fileName}`,
        coder: '',
        createdAt: now,
      })
      await db.documents.bulkAdd(documents)
      await db.texts.bulkAdd(
        documents.map((d) => ({
          documentId: d.id,
          projectId: project.id,
          text: texts.get(d.id) ?? '',
        })),
      )
      await db.speakers.bulkAdd(speakers)
      await db.annotations.bulkAdd(annotations)
      await db.articleCodings.bulkAdd(articleCodings)
    },
  )
  for (const d of documents) announceAnnotationChange({ documentId: d.id, kind: 'reload' })
  return {
    project,
    documents: documents.length,
    annotations: annotations.length,
    articleCodings: articleCodings.length,
    report: imported.report,
  }
}
