import { db } from '../../db/NewscoderDb'
import { revKey } from '../../db/syncBookkeeping'
import { freshMeta } from './applyMirrorChanges'
import type { Pouch } from './pouchDatabases'

/**
 * Looks at each document a pull wrote and records in the project's Conflicts list whether it now
 * has more than one leaf revision. The changes feed alone does not do: a revision that arrives and
 * loses to the local one leaves the winner as it was, and an adapter need not report it, yet the
 * conflict is real and must be shown.
 */
export async function recordConflicts(
  projectId: string,
  dbName: string,
  mirror: Pouch,
  docIds: Iterable<string>,
): Promise<void> {
  const found = new Map<string, boolean>()
  for (const id of docIds) {
    if (id.startsWith('_')) continue
    try {
      const doc = await mirror.get(id, { conflicts: true })
      found.set(id, Array.isArray(doc['_conflicts']) && doc['_conflicts'].length > 0)
    } catch {
      // Deleted meanwhile: no conflict to show.
      found.set(id, false)
    }
  }
  if (found.size === 0) return
  await db.transaction('rw', db.syncMeta, async () => {
    const meta = (await db.syncMeta.get(projectId)) ?? freshMeta(projectId)
    const refs = new Map(meta.conflicts.map((c) => [revKey(c.db, c.docId), c]))
    for (const [docId, conflicted] of found) {
      if (conflicted) refs.set(revKey(dbName, docId), { db: dbName, docId })
      else refs.delete(revKey(dbName, docId))
    }
    await db.syncMeta.put({ ...meta, conflicts: [...refs.values()] })
  })
}
