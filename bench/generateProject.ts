import { sourcingAndStanceDimensions } from '../src/shared/codebook/sourcingAndStance'
import type { Annotation } from '../src/shared/domain/annotation'
import type { Codebook } from '../src/shared/domain/codebook'
import type { DocumentText, NewsDocument } from '../src/shared/domain/document'
import type { Project } from '../src/shared/domain/project'
import type { Speaker } from '../src/shared/domain/speaker'
import { generateArticle } from './generateArticle'
import { generateAnnotations, sha256Hex } from './generateAnnotations'
import { createRng, type Rng } from './prng'
import { FIRST_NAMES, LAST_NAMES } from './vocabulary'

/** Everything a bench inserts into IndexedDB for one project. */
export type BenchProject = {
  project: Project
  codebook: Codebook
  speakers: Speaker[]
  documents: NewsDocument[]
  texts: DocumentText[]
  annotations: Annotation[]
}

const NOW = Date.UTC(2026, 0, 5, 9)

function codeIds() {
  const dims = sourcingAndStanceDimensions()
  const ids = (id: string) => dims.find((d) => d.id === id)?.values.map((v) => v.id) ?? []
  return { stances: ids('stance'), sourceTypes: ids('source_type') }
}

function projectShell(rng: Rng, name: string, speakerCount: number) {
  const project: Project = {
    id: rng.uuid(),
    name,
    createdAt: NOW,
    updatedAt: NOW + 1, // most recent: listed first
    deletedAt: null,
    isSample: false,
  }
  const codebook: Codebook = {
    id: rng.uuid(),
    projectId: project.id,
    name: 'Sourcing and stance',
    version: 1,
    dimensions: sourcingAndStanceDimensions(),
    updatedAt: NOW,
  }
  const speakers: Speaker[] = Array.from({ length: speakerCount }, (_, i) => ({
    id: rng.uuid(),
    projectId: project.id,
    name: `${FIRST_NAMES[i % FIRST_NAMES.length]} ${LAST_NAMES[(i * 7) % LAST_NAMES.length]}`,
    aliases: [],
    defaultSourceType: null,
    affiliation: '',
    notes: '',
    createdAt: NOW,
    updatedAt: NOW,
  }))
  return { project, codebook, speakers }
}

function documentRecord(
  rng: Rng,
  projectId: string,
  title: string,
  text: string,
  i: number,
): NewsDocument {
  return {
    id: rng.uuid(),
    projectId,
    title,
    outlet: ['The Daily Ledger', 'Northern Courier', 'Wire Service'][i % 3] as string,
    author: '',
    date: `2026-01-${String((i % 28) + 1).padStart(2, '0')}`,
    url: '',
    length: text.length,
    textHash: sha256Hex(text),
    attribution: '',
    attributes: {},
    provenance: { kind: 'paste', fileName: null, size: null, sha256: null, importedAt: NOW },
    createdAt: NOW + i,
    updatedAt: NOW + i,
    deletedAt: null,
  }
}

/** Builds a project of `documents` articles of `words` words with `perDocument` annotations each. */
export function generateProject(options: {
  seed: number
  name: string
  documents: number
  words: (rng: Rng, i: number) => number
  perDocument: number
  speakers?: number
}): BenchProject {
  const rng = createRng(options.seed)
  const { project, codebook, speakers } = projectShell(rng, options.name, options.speakers ?? 40)
  const codes = codeIds()
  const out: BenchProject = {
    project,
    codebook,
    speakers,
    documents: [],
    texts: [],
    annotations: [],
  }
  for (let i = 0; i < options.documents; i += 1) {
    const article = generateArticle(rng, { words: options.words(rng, i) })
    const doc = documentRecord(rng, project.id, article.title, article.text, i)
    out.documents.push(doc)
    out.texts.push({ documentId: doc.id, projectId: project.id, text: article.text })
    const annotations = generateAnnotations(rng, article.text, {
      projectId: project.id,
      documentId: doc.id,
      count: options.perDocument,
      stances: codes.stances,
      sourceTypes: codes.sourceTypes,
      speakerIds: speakers.map((s) => s.id),
      createdAt: NOW + i * 1_000_000,
    })
    for (const a of annotations) out.annotations.push(a)
  }
  return out
}

/** Title of the short article the app opens first in the reader bench's project (sorts first). */
export const COMPANION_TITLE = '00 Companion note (bench)'

/**
 * The reader bench's data: one 100,000-word article with 10,000 annotations, plus a short companion
 * article whose title sorts first, so that the app auto-opens the companion and the bench can time
 * opening the long article from the list. The long article is `documents[0]`.
 */
export function generateLongArticleProject(seed = 20261128): BenchProject {
  const data = generateProject({
    seed,
    name: 'Bench: long article',
    documents: 1,
    words: () => 100_000,
    perDocument: 10_000,
  })
  const rng = createRng(seed + 1)
  const article = generateArticle(rng, { words: 300 })
  const text = [COMPANION_TITLE, ...article.text.split('\n\n').slice(1)].join('\n\n')
  const doc = documentRecord(rng, data.project.id, COMPANION_TITLE, text, 1)
  data.documents.push(doc)
  data.texts.push({ documentId: doc.id, projectId: data.project.id, text })
  const codes = codeIds()
  for (const a of generateAnnotations(rng, text, {
    projectId: data.project.id,
    documentId: doc.id,
    count: 5,
    stances: codes.stances,
    sourceTypes: codes.sourceTypes,
  })) {
    data.annotations.push(a)
  }
  return data
}

/** The export bench's data: 500 articles of 600–1,400 words with 200 annotations each. */
export function generateCorpusProject(seed = 500_100_000): BenchProject {
  return generateProject({
    seed,
    name: 'Bench: corpus',
    documents: 500,
    words: (rng) => rng.int(600, 1400),
    perDocument: 200,
  })
}
