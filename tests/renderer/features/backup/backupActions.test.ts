import { strToU8, unzipSync, zipSync } from 'fflate'
import { beforeEach, describe, expect, it } from 'vitest'
import { buildProjectBackup, restoreBackup } from '../../../../src/renderer/actions/backupActions'
import { deleteProject } from '../../../../src/renderer/actions/projectActions'
import { db } from '../../../../src/renderer/db/NewscoderDb'
import { readProjectBackup } from '../../../../src/renderer/durability/readProjectBackup'
import { ensureSampleProject } from '../../../../src/renderer/features/sample/ensureSampleProject'
import { resetAll } from '../../helpers/resetDb'

async function sampleId(): Promise<string> {
  const id = await ensureSampleProject()
  if (!id) throw new Error('sample not seeded')
  // A deleted annotation and a project setting travel with the backup too.
  const first = await db.annotations.where('projectId').equals(id).first()
  await db.annotations.update(first!.id, { deletedAt: 123 })
  await db.settings.put({ key: `exportProfile:${id}`, value: 'analysis' })
  return id
}

async function hardDelete(projectId: string): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) {
      if (table.name === 'projects') await table.delete(projectId)
      else if (table.name === 'settings')
        await table.filter((r) => r.key.includes(projectId)).delete()
      else await table.where('projectId').equals(projectId).delete()
    }
  })
}

/** Replaces one file of an archive, keeping the rest (and the stale manifest) as they were. */
function tamper(bytes: Uint8Array, name: string, content: string): Uint8Array {
  const files = unzipSync(bytes)
  files[name] = strToU8(content)
  return zipSync(files)
}

describe('project backup and restore', () => {
  beforeEach(resetAll)

  it('backup → delete → restore gives identical data, table by table, ids included', async () => {
    const id = await sampleId()
    const before = await readProjectBackup(id)
    const bytes = await buildProjectBackup(id)
    await hardDelete(id)
    expect(await db.annotations.where('projectId').equals(id).count()).toBe(0)

    const steps: string[] = []
    const result = await restoreBackup(bytes, (step) => steps.push(step))
    expect(result).toMatchObject({ projectId: id, copied: false })
    expect(steps).toEqual([
      'Checking the backup…',
      `Writing ${before.documents.length} documents and ${before.annotations.length} spans…`,
    ])
    const after = await readProjectBackup(id)
    for (const table of Object.keys(before) as (keyof typeof before)[]) {
      expect(after[table], table).toEqual(before[table])
    }
    expect(before.annotations.length).toBeGreaterThan(0)
    expect(before.settings).toHaveLength(1)
  })

  it('restores a copy with fresh ids while the original is still in the trash', async () => {
    const id = await sampleId()
    const before = await readProjectBackup(id)
    const bytes = await buildProjectBackup(id)
    await deleteProject(id)

    const result = await restoreBackup(bytes)
    expect(result.copied).toBe(true)
    expect(result.projectId).not.toBe(id)
    expect(result.name).toBe(`${before.project.name} (restored)`)
    const copy = await readProjectBackup(result.projectId)
    const spans = (list: typeof before.annotations) =>
      list.map((a) => `${a.start}-${a.end} ${a.exact} ${a.memo} ${a.deletedAt}`).sort()
    expect(spans(copy.annotations)).toEqual(spans(before.annotations))
    const docIds = new Set(copy.documents.map((d) => d.id))
    expect(copy.annotations.every((a) => docIds.has(a.documentId))).toBe(true)
    expect(copy.texts.map((t) => t.text).sort()).toEqual(before.texts.map((t) => t.text).sort())
    // The original is untouched.
    expect(await readProjectBackup(id)).toMatchObject({ annotations: before.annotations })
  })

  it.each([
    ['a truncated file', (b: Uint8Array) => b.slice(0, b.length / 2), /damaged or incomplete/],
    ['a foreign file', () => strToU8('name,age\nada,36\n'), /not a zip archive/],
    ['a foreign zip', () => zipSync({ 'a.txt': strToU8('hi') }), /has no manifest/],
    [
      'a changed entry',
      (b: Uint8Array) => tamper(b, 'speakers.json', '[]'),
      /speakers.json does not match its checksum/,
    ],
  ])('refuses %s with a specific message and changes nothing', async (_name, damage, message) => {
    const id = await sampleId()
    const bytes = await buildProjectBackup(id)
    await hardDelete(id)
    const counts = await Promise.all(db.tables.map((t) => t.count()))
    await expect(restoreBackup(damage(bytes))).rejects.toThrow(message)
    expect(await Promise.all(db.tables.map((t) => t.count()))).toEqual(counts)
  })
})
