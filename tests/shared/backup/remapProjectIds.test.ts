import { describe, expect, it } from 'vitest'
import { parseProjectBackup } from '../../../src/shared/backup/parseProjectBackup'
import { remapProjectIds } from '../../../src/shared/backup/remapProjectIds'
import { backupRows } from './backupFixture'

describe('remapProjectIds', () => {
  it('gives every row a new id and rewrites references, speaker codes included', () => {
    const rows = backupRows()
    rows.speakers = [{ id: 'sp', projectId: 'p1', name: 'Minister', createdAt: 1, updatedAt: 1 }]
    const speakerDim = {
      id: 'dim-speaker',
      name: 'Speaker',
      column: 'speaker',
      kind: 'speaker',
      scope: 'span',
    }
    rows.codebooks = [
      { id: 'cb', projectId: 'p1', name: 'C', version: 1, dimensions: [speakerDim], updatedAt: 1 },
    ]
    rows.annotations = [
      { ...(rows.annotations?.[0] as object), values: { 'dim-speaker': 'sp', other: 'sp' } },
    ]
    rows.settings = [{ key: 'profile:p1', value: 1 }]
    let n = 0
    const copy = remapProjectIds(parseProjectBackup(rows), () => `new${++n}`)
    const a = copy.annotations[0]!
    expect(copy.project.id).toMatch(/^new/)
    expect(a.id).not.toBe('a1')
    expect(a.documentId).toBe(copy.documents[0]!.id)
    expect(copy.texts[0]!.documentId).toBe(copy.documents[0]!.id)
    expect(a.values).toEqual({ 'dim-speaker': copy.speakers[0]!.id, other: 'sp' })
    expect(copy.settings[0]!.key).toBe(`profile:${copy.project.id}`)
    expect(new Set([copy.project.id, a.id, copy.speakers[0]!.id, copy.codebooks[0]!.id]).size).toBe(
      4,
    )
  })
})
