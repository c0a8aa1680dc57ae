import { create } from 'zustand'

/** What the Team panel and the top bar say about a team project's sync. */
export type SyncStatus =
  | { state: 'synced' }
  | { state: 'syncing'; pending: number }
  | { state: 'offline'; message: string }
  | { state: 'error'; message: string }
  | { state: 'signed-out' }

/** The status of the open team project's sync, or null when it is not a team project. */
export type TeamStatus = {
  projectId: string
  status: SyncStatus
  lastSyncAt: number | null
  /** Changes kept on this computer (another coder's span, a coder's codebook edit) and why. */
  localOnly: { count: number; reason: string } | null
  /** Documents from the server refused as invalid, and the first reason. */
  refused: { count: number; reason: string } | null
}

type TeamStatusState = { current: TeamStatus | null; set: (status: TeamStatus | null) => void }

/** The sync status of the open project (UI state only; the data is in Dexie). */
export const useTeamStatus = create<TeamStatusState>()((set) => ({
  current: null,
  set: (current) => set({ current }),
}))

/** The status line: "Synced", "Syncing 12", "Offline: …", "Error: …", "Signed out". */
export function describeStatus(status: SyncStatus): string {
  switch (status.state) {
    case 'synced':
      return 'Synced'
    case 'syncing':
      return status.pending > 0 ? `Syncing ${status.pending}` : 'Syncing'
    case 'offline':
      return `Offline — ${status.message}`
    case 'error':
      return `Error — ${status.message}`
    case 'signed-out':
      return 'Signed out — sign in to sync'
  }
}
