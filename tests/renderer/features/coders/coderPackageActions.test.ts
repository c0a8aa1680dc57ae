import { beforeEach, describe, expect, it } from 'vitest'
import {
  createAnnotation,
  documentAnnotations,
} from '../../../../src/renderer/actions/annotationActions'
import { buildCodingPackage } from '../../../../src/renderer/actions/buildCodingPackage'
import { buildSkeletonPackage } from '../../../../src/renderer/actions/buildSkeletonPackage'
import { receiveCoderPackage } from '../../../../src/renderer/actions/receiveCoderPackage'
import { addPastedText } from '../../../../src/renderer/actions/documentActions'
import { createProject } from '../../../../src/renderer/actions/projectActions'
import { db } from '../../../../src/renderer/db/NewscoderDb'
import { useSession } from '../../../../src/renderer/state/sessionStore'
import { decodeCoderPackage } from '../../../../src/shared/coderPackage/decodeCoderPackage'
import { encodeCoderPackage } from '../../../../src/shared/coderPackage/encodeCoderPackage'
import { resetAll } from '../../helpers/resetDb'

const TEXT = 'Headline here\n\nThe secretary said we will act. Critics disagreed.'
const bytes = (content: string | Uint8Array) =>
  typeof content === 'string' ? new TextEncoder().encode(content) : content

async function codedProject() {
  const project = await createProject('Study')
  const doc = await addPastedText(project.id, 'Headline here', TEXT)
  if (!doc) throw new Error('no document')
  useSession.getState().setCoder('Bob')
  const start = TEXT.indexOf('we will')
  await createAnnotation({
    documentId: doc.id,
    start,
    end: start + 12,
    values: { stance: 'stance.against' },
    memo: '',
  })
  return { project, doc }
}

describe('coder packages', () => {
  beforeEach(resetAll)

  it('sends only the coder’s own live annotations on the chosen documents', async () => {
    const { project, doc } = await codedProject()
    useSession.getState().setCoder('Alice')
    await createAnnotation({
      documentId: doc.id,
      start: 0,
      end: 8,
      values: { stance: 'stance.neutral' },
      memo: '',
    })
    const file = await buildCodingPackage(project.id, 'Bob', 'all')
    expect(file.annotations).toBe(1)
    expect(file.fileName).toMatch(/^study-coding-bob-\d{4}-\d\d-\d\d\.ncpkg$/)
    // A zip archive ("PK" signature) holding the package.
    expect([...bytes(file.content).slice(0, 2)]).toEqual([0x50, 0x4b])
    const decoded = decodeCoderPackage(bytes(file.content))
    if (!decoded.ok) throw new Error(decoded.error)
    const pkg = decoded.pkg
    expect(pkg.annotations.map((a) => a.coder)).toEqual(['Bob'])
    expect(pkg.documents[0]?.text).toBeUndefined()
  })

  it('merges a received package into the document with the same text and reports it', async () => {
    const { project, doc } = await codedProject()
    const file = await buildCodingPackage(project.id, 'Bob', 'all')
    await db.annotations.clear()
    const report = await receiveCoderPackage(bytes(file.content), project.id)
    expect(report).toMatchObject({
      kind: 'coding',
      from: 'Bob',
      added: 1,
      refused: [],
      missingDocuments: [],
      codebookConflict: null,
    })
    expect((await documentAnnotations(doc.id)).map((a) => a.coder)).toEqual(['Bob'])
  })

  it('still receives a coding package written as plain JSON', async () => {
    const { project, doc } = await codedProject()
    const file = await buildCodingPackage(project.id, 'Bob', 'all')
    const decoded = decodeCoderPackage(bytes(file.content))
    if (!decoded.ok) throw new Error(decoded.error)
    await db.annotations.clear()
    const json = encodeCoderPackage(decoded.pkg)
    const report = await receiveCoderPackage(bytes(json), project.id)
    expect(report).toMatchObject({ kind: 'coding', from: 'Bob', added: 1 })
    expect((await documentAnnotations(doc.id)).map((a) => a.coder)).toEqual(['Bob'])
  })

  it('refuses an annotation whose id belongs to another coder and never overwrites it', async () => {
    const { project, doc } = await codedProject()
    const file = await buildCodingPackage(project.id, 'Bob', 'all')
    const [stored] = await documentAnnotations(doc.id)
    await db.annotations.update(stored!.id, { coder: 'Alice' })
    const report = await receiveCoderPackage(bytes(file.content), project.id)
    expect(report.refused).toEqual([
      { id: stored!.id, coder: 'Bob', reason: 'an annotation with this id belongs to Alice' },
    ])
    expect((await db.annotations.get(stored!.id))?.coder).toBe('Alice')
  })

  it('reports missing documents and a different codebook version', async () => {
    const { project } = await codedProject()
    const file = await buildCodingPackage(project.id, 'Bob', 'all')
    const other = await createProject('Other')
    await db.codebooks.where('projectId').equals(other.id).modify({ version: 5 })
    await db.projects.delete(project.id)
    const report = await receiveCoderPackage(bytes(file.content), other.id)
    expect(report.missingDocuments).toEqual([
      expect.objectContaining({ title: 'Headline here', annotations: 1 }),
    ])
    expect(report.codebookConflict).toEqual({ local: 5, received: 1 })
    expect(report.added).toBe(0)
  })

  it('creates the project from a skeleton in an empty install, with texts and codebook', async () => {
    const { project } = await codedProject()
    const skeleton = await buildSkeletonPackage(project.id, 'Lead')
    expect(skeleton.fileName).toMatch(/^study-skeleton-\d{4}-\d\d-\d\d\.ncpkg$/)
    // The same zipped format as coding packages.
    expect([skeleton.content[0], skeleton.content[1]]).toEqual([0x50, 0x4b])
    await resetAll()
    const report = await receiveCoderPackage(bytes(skeleton.content), null)
    expect(report).toMatchObject({ kind: 'skeleton', createdProject: true, addedDocuments: 1 })
    const [doc] = await db.documents.toArray()
    expect((await db.texts.get(doc!.id))?.text).toBe(TEXT)
    expect(await db.annotations.count()).toBe(0)
    expect((await db.codebooks.toArray())[0]?.projectId).toBe(project.id)
  })

  it('refuses a file that is not a package', async () => {
    await expect(receiveCoderPackage(bytes('{"hello":1}'), null)).rejects.toThrow(
      'not a Newscoder coder package',
    )
  })
})
