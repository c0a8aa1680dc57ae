import { useLiveQuery } from 'dexie-react-hooks'
import { db } from '../../db/NewscoderDb'
import type { TeamConfig } from '../../../shared/sync/teamModel'
import { ConflictItem } from './ConflictItem'
import { listConflicts, loadConflict } from './teamConflicts'

/** The Conflicts list: rows two computers changed at once, for the lead (or their coder) to settle. */
export function ConflictsSection({ config }: { config: TeamConfig }) {
  const conflicts = useLiveQuery(async () => {
    // Read inside the live query so the list follows the sync state row.
    await db.syncMeta.get(config.projectId)
    const refs = await listConflicts(config)
    const loaded = await Promise.all(refs.map((ref) => loadConflict(ref).catch(() => null)))
    return loaded.filter((c) => c !== null && c.versions.length > 1)
  }, [config])
  return (
    <section className="team-section" aria-labelledby="team-conflicts">
      <h3 id="team-conflicts">Conflicts</h3>
      {!conflicts || conflicts.length === 0 ? (
        <p>No conflicts.</p>
      ) : (
        <ul aria-labelledby="team-conflicts">
          {conflicts.map(
            (c) =>
              c && (
                <ConflictItem
                  key={`${c.ref.db} ${c.ref.docId} ${c.versions.map((v) => v.rev).join()}`}
                  conflict={c}
                />
              ),
          )}
        </ul>
      )}
    </section>
  )
}
