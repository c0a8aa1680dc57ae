import type { CodingStatus } from '../../../shared/domain/articleCoding'

/** How each coding status reads in the UI, in workflow order. */
export const codingStatusLabels: Readonly<Record<CodingStatus, string>> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  complete: 'Complete',
}

/** The statuses in workflow order, for radio groups and filters. */
export const codingStatuses: readonly CodingStatus[] = ['not_started', 'in_progress', 'complete']
