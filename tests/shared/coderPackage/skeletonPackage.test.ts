import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { sourcingAndStanceDimensions } from '../../../src/shared/codebook/sourcingAndStance'
import type { CoderPackage } from '../../../src/shared/coderPackage/coderPackageSchema'
import { CODER_PACKAGE_FORMAT } from '../../../src/shared/coderPackage/coderPackageSchema'
import { decodeCoderPackage } from '../../../src/shared/coderPackage/decodeCoderPackage'
import { encodeCoderPackage } from '../../../src/shared/coderPackage/encodeCoderPackage'
import { sha256Hex } from '../../../src/shared/text/sha256Hex'

const text = 'Headline\n\nShe said: “We will win.”'

function skeleton(): CoderPackage {
  return {
    format: CODER_PACKAGE_FORMAT,
    formatVersion: 1,
    kind: 'skeleton',
    createdAt: 100,
    coder: 'Lead',
    project: { id: 'p1', name: 'Border study' },
    codebook: {
      name: 'Sourcing and stance',
      version: 2,
      dimensions: sourcingAndStanceDimensions(),
    },
    documents: [
      {
        id: 'd1',
        title: 'Headline',
        outlet: 'Daily',
        author: '',
        date: '2024-01-02',
        url: '',
        length: text.length,
        textHash: sha256Hex(text),
        attribution: '',
        attributes: {},
        text,
      },
    ],
    annotations: [],
    articleCodings: [],
    speakers: [],
  }
}

const decodeZipped = (pkg: CoderPackage) =>
  decodeCoderPackage(encodeCoderPackage(pkg, { zip: true }))

describe('project skeletons as zipped packages', () => {
  it('round-trips a skeleton with its texts and codebook through the ZIP format', () => {
    const pkg = skeleton()
    expect(decodeZipped(pkg)).toEqual({ ok: true, pkg })
  })

  it('refuses a skeleton that lacks a document’s text, naming the document', () => {
    const pkg = skeleton()
    delete pkg.documents[0]!.text
    expect(decodeZipped(pkg)).toEqual({
      ok: false,
      error: 'The project skeleton lacks the text of “Headline”.',
    })
  })

  it('refuses a skeleton that carries coding', () => {
    const pkg = skeleton()
    pkg.articleCodings = [
      {
        id: 'c1',
        projectId: 'p1',
        documentId: 'd1',
        coder: 'Lead',
        values: {},
        status: 'complete',
        codebookVersion: 2,
        createdAt: 1,
        updatedAt: 1,
      },
    ]
    expect(decodeZipped(pkg)).toMatchObject({
      ok: false,
      error: expect.stringContaining('A project skeleton carries no coding'),
    })
  })

  it('refuses a document listed twice and a codebook with duplicate dimension ids', () => {
    const twice = skeleton()
    twice.documents.push({ ...twice.documents[0]! })
    expect(decodeZipped(twice)).toMatchObject({
      ok: false,
      error: 'The package lists the document “Headline” twice.',
    })
    const clash = skeleton()
    const first = clash.codebook.dimensions[0]!
    clash.codebook.dimensions.push({ ...first, column: `${first.column}_copy` })
    expect(decodeZipped(clash)).toMatchObject({
      ok: false,
      error: expect.stringMatching(
        /^The package’s codebook is unusable: Two dimensions have the id/,
      ),
    })
  })

  it('refuses a field that breaks the domain schema, naming its path', () => {
    const pkg = skeleton()
    pkg.documents[0]!.length = -1
    expect(decodeZipped(pkg)).toMatchObject({
      ok: false,
      error: expect.stringContaining('documents.0.length'),
    })
  })

  it('refuses a truncated archive and a ZIP without package.json with their own messages', () => {
    const bytes = encodeCoderPackage(skeleton(), { zip: true })
    expect(decodeCoderPackage(bytes.slice(0, bytes.length / 2))).toMatchObject({
      ok: false,
      error: expect.stringContaining('The package archive is damaged or incomplete'),
    })
    const other = zipSync({ 'notes.txt': strToU8('hello') })
    expect(decodeCoderPackage(other)).toEqual({
      ok: false,
      error: 'This ZIP archive is not a Newscoder coder package: it holds no package.json.',
    })
  })
})
