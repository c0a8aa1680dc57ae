import { join } from 'node:path'
import type { JournalChange, JournalEntry } from '../../shared/journal/journalChange'
import type { SnapshotInfo } from '../../shared/journal/snapshotInfo'
import type { DurabilityState } from '../../shared/ipc/contract'
import type { DurableFs } from './durableFs'
import type { JournalWriter } from './journalWriter'
import { openJournalWriter } from './journalWriter'
import type { NewSnapshot } from './snapshotStore'
import { snapshotStore } from './snapshotStore'
import { writeFileDurably } from './writeFileDurably'

export type DurabilityDeps = {
  fs: DurableFs
  /** The app's data folder (userData); journal and snapshots live beside, not inside, Chromium's profile data. */
  dataFolder: string
  /** App and Electron version of this build: a change triggers a snapshot before anything else. */
  runtimeVersion: string
  now?: () => number
}

/** Journal, snapshots and the last-seen version, behind the operations the IPC handlers need. */
export type DurabilityService = {
  state(): Promise<DurabilityState>
  append(changes: JournalChange[]): Promise<number>
  readJournal(afterSeq: number): Promise<JournalEntry[]>
  writeSnapshot(snapshot: NewSnapshot): Promise<SnapshotInfo>
  listSnapshots(): Promise<SnapshotInfo[]>
  readSnapshot(name: string): Promise<Uint8Array>
  close(): Promise<void>
}

const VERSION_FILE = 'last-version.json'

/**
 * Opens the durability layer under `dataFolder`: `journal/` and `snapshots/`. Journal numbering
 * continues after the latest snapshot's seq, so compaction never lets a number be reused.
 */
export async function openDurability(deps: DurabilityDeps): Promise<DurabilityService> {
  const { fs } = deps
  const journalFolder = join(deps.dataFolder, 'journal')
  const snapshots = snapshotStore({
    fs,
    folder: join(deps.dataFolder, 'snapshots'),
    now: deps.now,
  })
  const latest = (await snapshots.list())[0] ?? null
  const journal: JournalWriter = await openJournalWriter({
    fs,
    folder: journalFolder,
    now: deps.now,
    baseSeq: latest?.seq ?? 0,
  })
  const versionPath = join(journalFolder, VERSION_FILE)

  const lastVersion = async (): Promise<string | null> => {
    try {
      const parsed: unknown = JSON.parse(await fs.readFile(versionPath, 'utf8'))
      const version = (parsed as { version?: unknown }).version
      return typeof version === 'string' ? version : null
    } catch {
      return null
    }
  }

  return {
    state: async () => {
      const parsed = await journal.read()
      const snapshot = (await snapshots.list())[0] ?? null
      return {
        journalSeq: Math.max(parsed.lastSeq, snapshot?.seq ?? 0),
        journalEntries: parsed.entries.length,
        invalidLines: parsed.invalidLines,
        droppedTransactions: parsed.droppedTransactions,
        latestSnapshot: snapshot,
        versionChanged: (await lastVersion()) !== deps.runtimeVersion,
      }
    },
    append: (changes) => journal.append(changes),
    readJournal: async (afterSeq) =>
      (await journal.read()).entries.filter((entry) => entry.seq > afterSeq),
    writeSnapshot: async (snapshot) => {
      if (snapshot.seq > journal.lastSeq()) {
        throw new Error('The snapshot claims journal entries that were never written.')
      }
      const info = await snapshots.write(snapshot)
      // Only once the snapshot is durable may the entries it holds leave the journal.
      await journal.compact(snapshot.seq)
      await writeFileDurably(fs, versionPath, JSON.stringify({ version: deps.runtimeVersion }))
      return info
    },
    listSnapshots: () => snapshots.list(),
    readSnapshot: (name) => snapshots.read(name),
    close: () => journal.close(),
  }
}
