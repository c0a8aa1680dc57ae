import { describe, expect, it } from 'vitest'
import { snapshotsToKeep } from '../../../src/main/durability/snapshotRetention'
import type { SnapshotInfo } from '../../../src/shared/journal/snapshotInfo'

const HOUR = 3_600_000
const DAY = 24 * HOUR
const now = 100 * DAY

function snapshot(createdAt: number): SnapshotInfo {
  return {
    name: `snapshot-${createdAt}-1`,
    seq: 1,
    createdAt,
    reason: 'activity',
    counts: {},
    bytes: 1,
  }
}

describe('snapshotsToKeep', () => {
  it('keeps the latest 20 and one per day for 30 days, dropping the rest', () => {
    // Six snapshots an hour for the last 60 days.
    const all = Array.from({ length: 60 * 24 }, (_, i) => snapshot(now - i * HOUR))
    const keep = snapshotsToKeep(all, now)
    const latest20 = all.slice(0, 20).map((s) => s.name)
    expect(latest20.every((n) => keep.has(n))).toBe(true)
    const days = new Set([...keep].map((n) => Math.floor(Number(n.split('-')[1]) / DAY)))
    expect(days.size).toBe(31) // 30 days back, counted inclusively from today
    expect(keep.size).toBeLessThanOrEqual(20 + 31)
    expect([...keep].every((n) => now - Number(n.split('-')[1]) <= 30 * DAY)).toBe(true)
  })

  it('keeps everything while there are fewer than 20', () => {
    const all = [snapshot(now - 90 * DAY), snapshot(now)]
    expect(snapshotsToKeep(all, now).size).toBe(2)
  })
})
