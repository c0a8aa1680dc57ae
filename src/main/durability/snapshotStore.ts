import { join } from 'node:path'
import type { SnapshotInfo, SnapshotReason } from '../../shared/journal/snapshotInfo'
import { snapshotInfoSchema } from '../../shared/journal/snapshotInfo'
import { describeFsError } from './describeFsError'
import type { DurableFs } from './durableFs'
import { snapshotsToKeep } from './snapshotRetention'
import { writeFileDurably } from './writeFileDurably'

export type SnapshotStoreDeps = { fs: DurableFs; folder: string; now?: () => number }

/** What the renderer hands over for a snapshot: the archive and what it describes. */
export type NewSnapshot = {
  bytes: Uint8Array
  seq: number
  reason: SnapshotReason
  counts: Record<string, number>
}

/** The folder of whole-database snapshots, each an archive plus a small description file. */
export type SnapshotStore = {
  /** Writes a snapshot atomically, then prunes old ones; an earlier snapshot is never touched first. */
  write(snapshot: NewSnapshot): Promise<SnapshotInfo>
  /** Complete snapshots, newest first. */
  list(): Promise<SnapshotInfo[]>
  read(name: string): Promise<Uint8Array>
}

/**
 * Opens the snapshot folder. The archive is written before its description, each atomically, so a
 * crash mid-way leaves an archive without description, which `list` ignores (and pruning later
 * removes): the previous snapshot stays the latest, intact.
 */
export function snapshotStore(deps: SnapshotStoreDeps): SnapshotStore {
  const { fs, folder } = deps
  const now = deps.now ?? Date.now

  const list = async (): Promise<SnapshotInfo[]> => {
    await fs.mkdir(folder, { recursive: true })
    const names = (await fs.readdir(folder)).filter((n) => /^snapshot-\d+-\d+\.json$/.test(n))
    const infos: SnapshotInfo[] = []
    for (const file of names) {
      try {
        const info = snapshotInfoSchema.parse(
          JSON.parse(await fs.readFile(join(folder, file), 'utf8')),
        )
        infos.push(info)
      } catch {
        // A damaged description hides its snapshot from the list; the others still show.
      }
    }
    return infos.sort((a, b) => b.createdAt - a.createdAt || b.seq - a.seq)
  }

  const prune = async (): Promise<void> => {
    const infos = await list()
    const keep = snapshotsToKeep(infos, now())
    const keptNames = new Set([...keep].flatMap((n) => [`${n}.zip`, `${n}.json`]))
    for (const file of await fs.readdir(folder)) {
      if (!/^snapshot-\d+-\d+\.(zip|json)$/.test(file) || keptNames.has(file)) continue
      await fs.rm(join(folder, file), { force: true })
    }
  }

  return {
    write: async ({ bytes, seq, reason, counts }) => {
      const createdAt = now()
      const name = `snapshot-${createdAt}-${seq}`
      const info: SnapshotInfo = { name, seq, createdAt, reason, counts, bytes: bytes.byteLength }
      try {
        await fs.mkdir(folder, { recursive: true })
        await writeFileDurably(fs, join(folder, `${name}.zip`), bytes)
        await writeFileDurably(fs, join(folder, `${name}.json`), JSON.stringify(info))
      } catch (error) {
        throw new Error(describeFsError('The snapshot could not be written', error), {
          cause: error,
        })
      }
      await prune()
      return info
    },
    list,
    read: async (name) => new Uint8Array(await fs.readFile(join(folder, `${name}.zip`))),
  }
}
