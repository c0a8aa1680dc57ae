import { create } from 'zustand'

/** What the startup screen shows while the database is rebuilt from the journal. */
export type RecoveryStatus = { message: string; progress: number } | null

/** Recovery in progress at startup, or null. Session state only; no research data. */
export const useRecovery = create<{ status: RecoveryStatus }>()(() => ({ status: null }))

/** Sets or clears the recovery status. */
export function setRecoveryStatus(status: RecoveryStatus): void {
  useRecovery.setState({ status })
}
