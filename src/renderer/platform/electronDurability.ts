import type { JournalChange, JournalEntry } from '../../shared/journal/journalChange'
import type { SnapshotInfo, SnapshotReason } from '../../shared/journal/snapshotInfo'
import type { DurabilityState, IpcResult, PreloadApi } from '../../shared/ipc/contract'

/**
 * The desktop app's journal and snapshots, kept by main outside Chromium's profile. Browser mode
 * has none (`platform.durability` is null) and says so in Settings.
 */
export type DurabilityPort = {
  /** Journals one committed transaction; resolves to its last sequence number once on disk. */
  append(changes: JournalChange[]): Promise<number>
  state(): Promise<DurabilityState>
  readJournal(afterSeq: number): Promise<JournalEntry[]>
  writeSnapshot(request: {
    bytes: Uint8Array<ArrayBuffer>
    seq: number
    reason: SnapshotReason
    counts: Record<string, number>
  }): Promise<SnapshotInfo>
  listSnapshots(): Promise<SnapshotInfo[]>
  readSnapshot(name: string): Promise<Uint8Array>
  /** Subscribes to main's request for a snapshot before quitting; returns the unsubscribe. */
  onSnapshotRequest(listener: () => void): () => void
}

function unwrap<T>(result: IpcResult<T>): T {
  if (!result.ok) throw new Error(result.error)
  return result.value
}

/** The durability port over the preload's channels. */
export function electronDurability(api: PreloadApi): DurabilityPort {
  return {
    append: async (changes) => unwrap(await api['journal:append']({ changes })).seq,
    state: async () => unwrap(await api['durability:state']({})),
    readJournal: async (afterSeq) => unwrap(await api['journal:read']({ afterSeq })),
    writeSnapshot: async (request) => unwrap(await api['snapshot:write'](request)),
    listSnapshots: async () => unwrap(await api['snapshot:list']({})),
    readSnapshot: async (name) => unwrap(await api['snapshot:read']({ name })),
    onSnapshotRequest: (listener) => api.onSnapshotRequest(listener),
  }
}
