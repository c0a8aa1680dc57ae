import { describe, expect, it } from 'vitest'
import type { CodingStatus } from '../../../../src/shared/domain/articleCoding'
import { nextDocumentToCode } from '../../../../src/renderer/features/articleCoding/nextDocumentToCode'
import { matchesStatusFilter } from '../../../../src/renderer/features/articleCoding/statusFilter'

const statuses = new Map<string, CodingStatus>([
  ['b', 'complete'],
  ['c', 'in_progress'],
])

describe('nextDocumentToCode', () => {
  it('takes the next document in list order that is not complete, skipping complete ones', () => {
    expect(nextDocumentToCode(['a', 'b', 'c', 'd'], 'a', statuses)).toBe('c')
  })

  it('wraps round to the top and never returns the current document', () => {
    expect(nextDocumentToCode(['a', 'b', 'c', 'd'], 'd', statuses)).toBe('a')
    expect(nextDocumentToCode(['a'], 'a', new Map())).toBeNull()
    expect(nextDocumentToCode(['a', 'b'], 'a', statuses)).toBeNull()
  })

  it('starts at the top when the current document is filtered out of the list', () => {
    expect(nextDocumentToCode(['b', 'c'], 'a', statuses)).toBe('c')
  })
})

describe('matchesStatusFilter', () => {
  it('reads a document never coded as not started', () => {
    expect(matchesStatusFilter(undefined, 'not_started')).toBe(true)
    expect(matchesStatusFilter(undefined, 'todo')).toBe(true)
    expect(matchesStatusFilter('complete', 'todo')).toBe(false)
    expect(matchesStatusFilter('complete', 'all')).toBe(true)
    expect(matchesStatusFilter('in_progress', 'complete')).toBe(false)
  })
})
