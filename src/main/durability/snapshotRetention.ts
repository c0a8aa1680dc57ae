import type { SnapshotInfo } from '../../shared/journal/snapshotInfo'

/** Most recent snapshots always kept. */
export const KEEP_LATEST = 20
/** Days for which the newest snapshot of each day is kept as well. */
export const KEEP_DAILY_DAYS = 30

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Returns the names of the snapshots to keep: the latest 20, plus the newest of each (UTC) day of
 * the last 30 days, so that a mistake noticed weeks later can still be undone while a busy day
 * does not push older days out.
 */
export function snapshotsToKeep(snapshots: readonly SnapshotInfo[], now: number): Set<string> {
  const newestFirst = [...snapshots].sort((a, b) => b.createdAt - a.createdAt || b.seq - a.seq)
  const keep = new Set(newestFirst.slice(0, KEEP_LATEST).map((s) => s.name))
  const days = new Set<number>()
  for (const snapshot of newestFirst) {
    const day = Math.floor(snapshot.createdAt / DAY_MS)
    if (now - snapshot.createdAt > KEEP_DAILY_DAYS * DAY_MS || days.has(day)) continue
    days.add(day)
    keep.add(snapshot.name)
  }
  return keep
}
