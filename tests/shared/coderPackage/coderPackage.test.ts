import { describe, expect, it } from 'vitest'
import type { CoderPackage } from '../../../src/shared/coderPackage/coderPackageSchema'
import { CODER_PACKAGE_FORMAT } from '../../../src/shared/coderPackage/coderPackageSchema'
import { decodeCoderPackage } from '../../../src/shared/coderPackage/decodeCoderPackage'
import { encodeCoderPackage } from '../../../src/shared/coderPackage/encodeCoderPackage'
import { codingKey, planPackageMerge } from '../../../src/shared/coderPackage/planPackageMerge'
import { sha256Hex } from '../../../src/shared/text/sha256Hex'

const text = 'Headline\n\nShe said: “We will win.” He disagreed.'
const hash = sha256Hex(text)
const otherHash = sha256Hex('another text')

const annotation = (id: string, coder: string, updatedAt = 10) => ({
  id,
  projectId: 'p-remote',
  documentId: 'd-remote',
  coder,
  start: 10,
  end: 20,
  exact: text.slice(10, 20),
  prefix: '',
  suffix: '',
  textHash: hash,
  values: { stance: 'against' },
  memo: '',
  codebookVersion: 3,
  createdAt: 1,
  updatedAt,
  deletedAt: null,
})

function makePackage(overrides: Partial<CoderPackage> = {}): CoderPackage {
  return {
    format: CODER_PACKAGE_FORMAT,
    formatVersion: 1,
    kind: 'coding',
    createdAt: 100,
    coder: 'B',
    project: { id: 'p-remote', name: 'Border study' },
    codebook: { name: 'Sourcing and stance', version: 3, dimensions: [] },
    documents: [
      {
        id: 'd-remote',
        title: 'One',
        outlet: '',
        author: '',
        date: '',
        url: '',
        length: text.length,
        textHash: hash,
        attribution: '',
        attributes: {},
      },
      {
        id: 'd-gone',
        title: 'Gone',
        outlet: '',
        author: '',
        date: '',
        url: '',
        length: 12,
        textHash: otherHash,
        attribution: '',
        attributes: {},
      },
    ],
    annotations: [
      annotation('a-new', 'B'),
      annotation('a-mine', 'B'),
      annotation('a-clash', 'B'),
      { ...annotation('a-gone', 'B'), documentId: 'd-gone' },
    ],
    articleCodings: [
      {
        id: 'c1',
        projectId: 'p-remote',
        documentId: 'd-remote',
        coder: 'B',
        values: { tone: 'pro' },
        status: 'complete',
        codebookVersion: 3,
        createdAt: 1,
        updatedAt: 50,
      },
    ],
    speakers: [
      {
        id: 'sp1',
        projectId: 'p-remote',
        name: 'Mayorkas',
        aliases: [],
        defaultSourceType: null,
        affiliation: '',
        notes: '',
        createdAt: 1,
        updatedAt: 1,
      },
    ],
    ...overrides,
  }
}

describe('coder package files', () => {
  it('round-trips through JSON and through a ZIP archive', () => {
    const pkg = makePackage()
    const json = decodeCoderPackage(new TextEncoder().encode(encodeCoderPackage(pkg)))
    const zipped = decodeCoderPackage(encodeCoderPackage(pkg, { zip: true }))
    expect(json).toEqual({ ok: true, pkg })
    expect(zipped).toEqual({ ok: true, pkg })
  })

  it('refuses files that are not packages, another format version, and damaged packages', () => {
    expect(decodeCoderPackage(new TextEncoder().encode('{"a":1}'))).toMatchObject({
      ok: false,
      error: 'This is not a Newscoder coder package.',
    })
    expect(decodeCoderPackage(new Uint8Array([0xff, 0xfe]))).toMatchObject({ ok: false })
    const later = { ...makePackage(), formatVersion: 2 }
    expect(decodeCoderPackage(new TextEncoder().encode(JSON.stringify(later)))).toMatchObject({
      ok: false,
      error: expect.stringContaining('format version 2'),
    })
    const broken = { ...makePackage(), coder: '' }
    expect(decodeCoderPackage(new TextEncoder().encode(JSON.stringify(broken)))).toMatchObject({
      ok: false,
      error: expect.stringContaining('coder'),
    })
  })

  it('refuses an archive that expands beyond the limit before inflating it', () => {
    const zipped = encodeCoderPackage(makePackage(), { zip: true })
    expect(decodeCoderPackage(zipped, 100)).toEqual({
      ok: false,
      error: 'The package archive expands beyond the limit of 0 MB; it was not read.',
    })
    expect(decodeCoderPackage(zipped).ok).toBe(true)
  })

  it('refuses a skeleton whose text does not match its hash', () => {
    const pkg = makePackage({ kind: 'skeleton', annotations: [], articleCodings: [] })
    pkg.documents = [
      { ...(pkg.documents[0] as CoderPackage['documents'][number]), text: `${text}!` },
    ]
    expect(decodeCoderPackage(new TextEncoder().encode(encodeCoderPackage(pkg)))).toMatchObject({
      ok: false,
      error: expect.stringContaining('does not match its hash'),
    })
    pkg.documents[0]!.text = text
    expect(decodeCoderPackage(new TextEncoder().encode(encodeCoderPackage(pkg))).ok).toBe(true)
  })
})

describe('planPackageMerge', () => {
  const target = {
    projectId: 'p-local',
    codebookVersion: 2,
    documents: [{ id: 'd-local', textHash: hash }],
    existingAnnotations: new Map([
      ['a-mine', { id: 'a-mine', coder: 'B', updatedAt: 5 }],
      ['a-clash', { id: 'a-clash', coder: 'A', updatedAt: 5 }],
    ]),
    existingCodings: new Map([[codingKey('d-local', 'B'), { id: 'local-c', updatedAt: 20 }]]),
    existingSpeakerIds: new Set<string>(),
  }
  const plan = planPackageMerge(makePackage(), target)

  it('adds new annotations to the document with the same text, in the local project', () => {
    expect(plan.addAnnotations.map((a) => [a.id, a.projectId, a.documentId])).toEqual([
      ['a-new', 'p-local', 'd-local'],
    ])
  })

  it('updates the same coder’s older copy and refuses an id that belongs to another coder', () => {
    expect(plan.updateAnnotations.map((a) => a.id)).toEqual(['a-mine'])
    expect(plan.refused).toEqual([
      { id: 'a-clash', coder: 'B', reason: 'an annotation with this id belongs to A' },
    ])
  })

  it('reports missing documents and a different codebook version', () => {
    expect(plan.missingDocuments).toEqual([{ title: 'Gone', textHash: otherHash, annotations: 1 }])
    expect(plan.codebookConflict).toEqual({ local: 2, received: 3 })
  })

  it('merges a newer article coding into the coder’s own row and adds unknown speakers', () => {
    expect(plan.putCodings).toMatchObject([
      { id: 'local-c', documentId: 'd-local', projectId: 'p-local', coder: 'B' },
    ])
    expect(plan.addSpeakers.map((s) => [s.id, s.projectId])).toEqual([['sp1', 'p-local']])
  })

  it('leaves alone what is already up to date', () => {
    const again = planPackageMerge(makePackage(), {
      ...target,
      codebookVersion: 3,
      existingAnnotations: new Map([
        ['a-new', { id: 'a-new', coder: 'B', updatedAt: 10 }],
        ['a-mine', { id: 'a-mine', coder: 'B', updatedAt: 10 }],
        ['a-clash', { id: 'a-clash', coder: 'B', updatedAt: 10 }],
      ]),
      existingCodings: new Map([[codingKey('d-local', 'B'), { id: 'local-c', updatedAt: 50 }]]),
      existingSpeakerIds: new Set(['sp1']),
    })
    expect(again).toMatchObject({
      addAnnotations: [],
      updateAnnotations: [],
      unchanged: 3,
      putCodings: [],
      addSpeakers: [],
      codebookConflict: null,
    })
  })
})
