import { z } from 'zod'

/** Why a snapshot was taken; shown in the "Restore from snapshot" list. */
export const snapshotReasonSchema = z.enum([
  'activity',
  'quit',
  'before-upgrade',
  'new-version',
  'manual',
])

/** Why a snapshot was taken. */
export type SnapshotReason = z.infer<typeof snapshotReasonSchema>

/** Name of a snapshot as main lists it; the pattern keeps it from ever naming another path. */
export const snapshotNameSchema = z.string().regex(/^snapshot-\d{1,16}-\d{1,16}$/)

/**
 * A snapshot of the whole database as main keeps it: `seq` is the last journal entry it contains,
 * so recovery applies only later entries; `counts` are rows per table, for the list.
 */
export const snapshotInfoSchema = z.object({
  name: snapshotNameSchema,
  seq: z.number().int().nonnegative(),
  createdAt: z.number().int().nonnegative(),
  reason: snapshotReasonSchema,
  counts: z.record(z.string(), z.number().int().nonnegative()),
  bytes: z.number().int().nonnegative(),
})

/** A stored snapshot's description. */
export type SnapshotInfo = z.infer<typeof snapshotInfoSchema>
