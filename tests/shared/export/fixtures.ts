import { describeSpan } from '../../../src/shared/anchoring/describeSpan'
import { sourcingAndStanceDimensions } from '../../../src/shared/codebook/sourcingAndStance'
import type { Annotation, CodedValue } from '../../../src/shared/domain/annotation'
import type { Codebook, Dimension } from '../../../src/shared/domain/codebook'
import type { NewsDocument } from '../../../src/shared/domain/document'
import type { Project } from '../../../src/shared/domain/project'
import type { Speaker } from '../../../src/shared/domain/speaker'
import type { AnnotationExportInput } from '../../../src/shared/export/annotationRows'
import { sha256Hex } from '../../../src/shared/text/sha256Hex'

export const T0 = Date.UTC(2024, 4, 17, 9, 30, 0)

export const project: Project = {
  id: 'p1',
  name: 'Immigration coverage 2024',
  createdAt: T0,
  updatedAt: T0,
  deletedAt: null,
  isSample: false,
}

/** Extra dimensions of the other kinds, after the default codebook's. */
const extraDimensions: Dimension[] = [
  {
    id: 'frames',
    name: 'Frames',
    column: 'frames',
    description: '',
    kind: 'multi',
    scope: 'span',
    required: false,
    showWhen: null,
    values: [
      {
        id: 'f.econ',
        label: 'Economic',
        definition: '',
        parentId: null,
        color: '',
        shortcut: '',
        rank: null,
      },
      {
        id: 'f.legal',
        label: 'Legality',
        definition: '',
        parentId: null,
        color: '',
        shortcut: '',
        rank: null,
      },
    ],
  },
  {
    id: 'note',
    name: 'Note',
    column: 'note',
    description: '',
    kind: 'text',
    scope: 'span',
    required: false,
    showWhen: null,
    values: [],
  },
  {
    id: 'count',
    name: 'Count',
    column: 'count',
    description: '',
    kind: 'number',
    scope: 'span',
    required: false,
    showWhen: null,
    values: [],
  },
  {
    id: 'anon',
    name: 'Anonymous',
    column: 'anon',
    description: '',
    kind: 'boolean',
    scope: 'span',
    required: false,
    showWhen: null,
    values: [],
  },
  {
    id: 'tone',
    name: 'Tone',
    column: 'tone',
    description: '',
    kind: 'single',
    scope: 'article',
    required: false,
    showWhen: null,
    values: [],
  },
]

export const codebook: Codebook = {
  id: 'cb1',
  projectId: 'p1',
  name: 'Sourcing and stance',
  version: 1,
  dimensions: [...sourcingAndStanceDimensions(), ...extraDimensions],
  updatedAt: T0,
}

export const speakers: Speaker[] = [
  {
    id: 'sp1',
    projectId: 'p1',
    name: 'Alejandro Mayorkas',
    aliases: ['Mayorkas'],
    defaultSourceType: 'source_type.official.executive',
    affiliation: 'DHS',
    notes: '',
    createdAt: T0,
    updatedAt: T0,
  },
]

export function makeDocument(id: string, title: string, text: string): NewsDocument {
  return {
    id,
    projectId: 'p1',
    title,
    outlet: 'Law Enforcement Today',
    author: '',
    date: '2021-05-04',
    url: `https://example.org/${id}`,
    length: text.length,
    textHash: sha256Hex(text),
    attribution: '',
    attributes: {},
    provenance: { kind: 'paste', fileName: null, size: null, sha256: null, importedAt: T0 },
    createdAt: T0,
    updatedAt: T0,
    deletedAt: null,
  }
}

let counter = 0

/** An annotation of `text` at `start..end`, described as the app stores it. */
export function makeAnnotation(
  document: NewsDocument,
  text: string,
  start: number,
  end: number,
  values: Record<string, CodedValue> = {},
  extra: Partial<Annotation> = {},
): Annotation {
  counter += 1
  return {
    id: `a${String(counter).padStart(6, '0')}`,
    projectId: 'p1',
    documentId: document.id,
    coder: 'coder-1',
    ...describeSpan(text, start, end),
    textHash: document.textHash,
    values,
    memo: '',
    codebookVersion: 1,
    createdAt: T0,
    updatedAt: T0 + 1000,
    deletedAt: null,
    ...extra,
  }
}

/** An export input over the given documents and texts. */
export function makeInput(
  entries: { document: NewsDocument; text: string }[],
  annotations: Annotation[],
): AnnotationExportInput {
  return {
    project,
    documents: entries.map((e) => e.document),
    texts: new Map(entries.map((e) => [e.document.id, e.text])),
    codebook,
    speakers,
    annotations,
  }
}
