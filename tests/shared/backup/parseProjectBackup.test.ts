import { describe, expect, it } from 'vitest'
import { parseProjectBackup } from '../../../src/shared/backup/parseProjectBackup'
import { backupRows, withAnnotation } from './backupFixture'

describe('parseProjectBackup', () => {
  it('accepts a consistent project', () => {
    expect(parseProjectBackup(backupRows()).annotations).toHaveLength(1)
  })

  it('refuses rows of the wrong shape, naming table, row and field', () => {
    expect(() => parseProjectBackup(withAnnotation({ start: 'x' }))).toThrow(
      /annotations row 1 is invalid \(start:/,
    )
  })

  it('refuses offsets outside the text', () => {
    expect(() => parseProjectBackup(withAnnotation({ start: 40, end: 400 }))).toThrow(
      /ends at 400, past the end of its text/,
    )
  })

  it('refuses an annotation whose quote moved, saying where it is now, instead of moving it', () => {
    expect(() => parseProjectBackup(withAnnotation({ start: 0, end: 11 }))).toThrow(
      /does not match the text at 0–11; its quote is now found at \d+–\d+/,
    )
  })

  it('refuses an annotation whose quote is nowhere in the text as an orphan', () => {
    expect(() =>
      parseProjectBackup(withAnnotation({ exact: 'zzzzzzzzzzzzzzzzzzzz', prefix: '', suffix: '' })),
    ).toThrow(/not found in the text \(orphan\)/)
  })

  it('refuses a text that differs from its recorded hash', () => {
    const rows = backupRows()
    rows.texts = [{ documentId: 'd1', projectId: 'p1', text: 'Something else' }]
    expect(() => parseProjectBackup(rows)).toThrow(/text of “Headline” is missing or altered/)
  })

  it('refuses rows of another project', () => {
    const rows = backupRows()
    rows.speakers = [{ id: 's', projectId: 'p2', name: 'X', createdAt: 1, updatedAt: 1 }]
    expect(() => parseProjectBackup(rows)).toThrow(/rows of another project/)
  })
})
