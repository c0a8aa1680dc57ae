import type { CodingStatus } from '../../../shared/domain/articleCoding'

/** The document list's status filter: every article, one status, or "not complete" (to do). */
export type StatusFilter = 'all' | 'todo' | CodingStatus

/** Whether an article with `status` (undefined: never coded) passes `filter`. */
export function matchesStatusFilter(
  status: CodingStatus | undefined,
  filter: StatusFilter,
): boolean {
  const actual = status ?? 'not_started'
  if (filter === 'all') return true
  if (filter === 'todo') return actual !== 'complete'
  return actual === filter
}
