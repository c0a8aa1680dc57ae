import { beforeEach, describe, expect, it } from 'vitest'
import { createAnnotation } from '../../../src/renderer/actions/annotationActions'
import { addPastedText } from '../../../src/renderer/actions/documentActions'
import { readProjectExport } from '../../../src/renderer/actions/exportActions'
import { exportCsvTables } from '../../../src/renderer/actions/exportCsvTables'
import { createProject } from '../../../src/renderer/actions/projectActions'
import { readExportBatches, readExportFrame } from '../../../src/renderer/actions/readExportBatches'
import { db } from '../../../src/renderer/db/NewscoderDb'
import { csvFiles } from '../../../src/shared/export/csvFiles'
import type { TableName } from '../../../src/shared/export/exportTables'
import { TABLE_NAMES, buildTables } from '../../../src/shared/export/exportTables'
import { streamCsvTables } from '../../../src/shared/export/streamCsvTables'
import { resetAppState } from '../features/shell/resetAppState'

const bodies = [
  ['C third', 'C third\n\nShe said “no”, twice.'],
  ['A first', 'A first\n\nHe said “yes” 👍🏽.'],
  ['B second', 'B second\n\nNobody said anything, "at all".'],
] as const

async function project() {
  const p = await createProject('Batches')
  for (const [title, text] of bodies) {
    const doc = await addPastedText(p.id, title, text)
    if (doc === null) throw new Error('no document')
    for (const quote of ['said', title]) {
      const start = text.indexOf(quote)
      await createAnnotation({
        documentId: doc.id,
        projectId: p.id,
        start,
        end: start + quote.length,
        values: { stance: 'stance.against' },
        memo: '',
      })
    }
  }
  return p
}

const choice = {
  tables: new Set<TableName>(TABLE_NAMES),
  layout: 'wide',
  profile: 'analysis',
} as const

describe('readExportBatches', () => {
  beforeEach(resetAppState)

  it('reads a project document by document in export order and reports progress', async () => {
    const p = await project()
    const frame = await readExportFrame(p.id)
    const seen: string[][] = []
    const steps: string[] = []
    for await (const batch of readExportBatches(frame, (d, t) => steps.push(`${d}/${t}`), 2)) {
      seen.push(batch.documents.map((d) => d.title))
      expect(batch.annotations).toHaveLength(2 * batch.documents.length)
      expect(batch.texts.size).toBe(batch.documents.length)
    }
    expect(seen).toEqual([['A first', 'B second'], ['C third']])
    expect(steps).toEqual(['0/3', '2/3', '3/3'])
  })

  it('gives the same CSV text as the whole-project export, one document per batch', async () => {
    const p = await project()
    const expected = csvFiles(
      buildTables(await readProjectExport(p.id), choice.tables, 'wide'),
      'analysis',
    )
    const frame = await readExportFrame(p.id)
    const files = new Map<string, string>()
    await streamCsvTables(
      frame,
      readExportBatches(frame, () => {}, 1),
      choice,
      (name) => {
        files.set(name, '')
        return {
          write: async (text) => void files.set(name, files.get(name) + text),
          close: async () => {},
        }
      },
    )
    expect(Object.fromEntries(files)).toEqual(
      Object.fromEntries(expected.map((f) => [f.fileName, f.content])),
    )
    const separate = await exportCsvTables(p.id, choice, { zip: false }, () => {})
    expect(separate.files.map((f) => f.content)).toEqual(expected.map((f) => f.content))
    expect(separate.counts.annotations).toBe(6)
  })

  it('leaves out deleted documents', async () => {
    const p = await project()
    const first = await db.documents.where('projectId').equals(p.id).first()
    await db.documents.update(first?.id ?? '', { deletedAt: 1 })
    const frame = await readExportFrame(p.id)
    expect(frame.documents.map((d) => d.id)).not.toContain(first?.id)
  })
})
