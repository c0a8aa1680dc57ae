import { unzipSync } from 'fflate'
import Papa from 'papaparse'
import readXlsxFile from 'read-excel-file/node'
import { beforeEach, describe, expect, it } from 'vitest'
import { createAnnotation } from '../../../../src/renderer/actions/annotationActions'
import { addPastedText } from '../../../../src/renderer/actions/documentActions'
import { exportProject } from '../../../../src/renderer/actions/exportProject'
import { importQdpx } from '../../../../src/renderer/actions/importQdpx'
import { createProject } from '../../../../src/renderer/actions/projectActions'
import { db } from '../../../../src/renderer/db/NewscoderDb'
import { TABLE_NAMES } from '../../../../src/shared/export/exportTables'
import { resetAppState } from '../shell/resetAppState'

const body = 'Minister said “we act now” — 👍🏽 today.\n\nCritics disagreed, sharply.'

async function codedProject() {
  const project = await createProject('Exports, "all" of them')
  const doc = await addPastedText(project.id, 'A headline', body)
  if (doc === null) throw new Error('no document')
  const text = (await db.texts.get(doc.id))?.text ?? ''
  const quote = '“we act now”'
  const start = text.indexOf(quote)
  await createAnnotation({
    documentId: doc.id,
    projectId: project.id,
    start,
    end: start + quote.length,
    values: { stance: 'stance.in_favour', quote_type: 'quote_type.direct' },
    memo: '=cmd',
  })
  return { project, text }
}

const choice = {
  tables: new Set(TABLE_NAMES),
  profile: 'analysis' as const,
  layout: 'wide' as const,
}

describe('exportProject', () => {
  beforeEach(resetAppState)

  it('zips the four CSV tables into one folder, each parsing back with papaparse', async () => {
    const { project } = await codedProject()
    const steps: number[] = []
    const { files } = await exportProject(project.id, { ...choice, format: 'csv-zip' }, (f) =>
      steps.push(f),
    )
    expect(steps.at(-1)).toBe(1)
    const entries = unzipSync(files[0]?.content as Uint8Array)
    const names = Object.keys(entries).map((n) => n.split('/').pop())
    expect(names).toEqual(['annotations.csv', 'documents.csv', 'speakers.csv', 'codebook.csv'])
    const csv = new TextDecoder().decode(Object.values(entries)[0])
    const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true })
    expect(rows.errors).toEqual([])
    expect(rows.data[0]).toMatchObject({ text: '“we act now”', stance: 'In favour', memo: '=cmd' })
  })

  it('writes an Excel workbook with one sheet per table that reads back with read-excel-file', async () => {
    const { project } = await codedProject()
    const { files } = await exportProject(project.id, { ...choice, format: 'xlsx' })
    const sheets = await readXlsxFile(Buffer.from(files[0]?.content as Uint8Array))
    expect(sheets.map((s) => s.sheet)).toEqual(['annotations', 'documents', 'speakers', 'codebook'])
    const [header, row] = sheets[0]?.data ?? []
    const cell = (name: string) => row?.[header?.indexOf(name) ?? -1]
    expect(cell('text')).toBe('“we act now”')
    expect(cell('memo')).toBe('=cmd')
    expect(cell('stance_score')).toBe(1)
  })

  it('exports a .qdpx that imports back as a new project with the same texts, codes and spans', async () => {
    const { project, text } = await codedProject()
    const { files } = await exportProject(project.id, { ...choice, format: 'qdpx' })
    const result = await importQdpx('x.qdpx', files[0]?.content as Uint8Array)
    expect(result).toMatchObject({ documents: 1, annotations: 1, report: [] })
    const [doc] = await db.documents.where('projectId').equals(result.project.id).toArray()
    expect((await db.texts.get(doc?.id ?? ''))?.text).toBe(text)
    const [span] = await db.annotations.where('projectId').equals(result.project.id).toArray()
    expect(span).toMatchObject({
      exact: '“we act now”',
      values: { stance: 'stance.in_favour', quote_type: 'quote_type.direct' },
      memo: '=cmd',
    })
    const original = await db.codebooks.where('projectId').equals(project.id).first()
    const copy = await db.codebooks.where('projectId').equals(result.project.id).first()
    expect(copy?.dimensions).toEqual(original?.dimensions)
  })

  it('exports a Web Annotation collection as JSON-LD', async () => {
    const { project } = await codedProject()
    const { files } = await exportProject(project.id, { ...choice, format: 'jsonld' })
    const collection = JSON.parse(String(files[0]?.content)) as { first: { items: unknown[] } }
    expect(collection.first.items).toHaveLength(1)
  })

  it('refuses to export no table at all', async () => {
    const { project } = await codedProject()
    await expect(
      exportProject(project.id, { ...choice, tables: new Set(), format: 'csv-files' }),
    ).rejects.toThrow('Choose at least one table to export.')
  })
})
