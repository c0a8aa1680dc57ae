import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '../../../src/renderer/db/NewscoderDb'
import { projectBackupSource } from '../../../src/renderer/durability/projectBackupSource'
import { readProjectBackup } from '../../../src/renderer/durability/readProjectBackup'
import { ensureSampleProject } from '../../../src/renderer/features/sample/ensureSampleProject'
import { BACKUP_TABLES } from '../../../src/shared/backup/backupFormat'
import { readArchive } from '../../../src/shared/backup/readArchive'
import { streamArchive } from '../../../src/shared/backup/streamArchive'
import { resetAll } from '../helpers/resetDb'

const byId = (rows: unknown[]) =>
  [...rows].sort((a, b) => {
    const key = (r: unknown) =>
      String(
        (r as { id?: string; documentId?: string; key?: string }).id ??
          (r as { documentId?: string }).documentId ??
          (r as { key?: string }).key,
      )
    return key(a) < key(b) ? -1 : 1
  })

describe('projectBackupSource', () => {
  beforeEach(resetAll)

  it('yields, one document at a time, every row the whole-project read gives', async () => {
    const id = (await ensureSampleProject()) as string
    await db.settings.put({ key: `exportProfile:${id}`, value: 'analysis' })
    // A span and a text whose document row is gone still belong to the project's backup.
    const orphan = await db.documents.where('projectId').equals(id).first()
    await db.documents.delete(orphan!.id)
    const whole = await readProjectBackup(id)
    const steps: string[] = []
    const { batches } = await projectBackupSource(id, (d, t) => steps.push(`${d}/${t}`), 1)
    const bytes = await streamArchive(batches, {
      kind: 'project',
      appVersion: 'test',
      schemaVersion: 2,
      seq: 0,
      createdAt: 1,
    })
    const { rows } = readArchive(bytes, 2)
    const { project, ...tables } = whole
    const expected: Record<string, unknown[]> = { ...tables, projects: [project] }
    for (const table of BACKUP_TABLES) {
      expect(byId(rows[table] ?? []), table).toEqual(byId(expected[table] ?? []))
    }
    expect(
      rows.annotations?.some((a) => (a as { documentId: string }).documentId === orphan!.id),
    ).toBe(true)
    expect(steps.at(-1)).toBe(`${whole.documents.length}/${whole.documents.length}`)
  })
})
