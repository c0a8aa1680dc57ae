import { useLiveQuery } from 'dexie-react-hooks'
import { db } from '../../db/NewscoderDb'
import type { TeamConfig } from '../../../shared/sync/teamModel'

/**
 * Per-coder progress as this computer has it: documents each coder marked complete, out of the
 * project's live documents (n shown), and their spans. The lead sees every coder; a coder, while
 * blind, only themself.
 */
export function CoderProgress({ config }: { config: TeamConfig }) {
  const rows = useLiveQuery(async () => {
    const documents = await db.documents
      .where('projectId')
      .equals(config.projectId)
      .filter((d) => d.deletedAt === null)
      .count()
    const codings = await db.articleCodings.where('projectId').equals(config.projectId).toArray()
    const spans = await db.annotations
      .where('projectId')
      .equals(config.projectId)
      .filter((a) => a.deletedAt === null)
      .toArray()
    const coders = config.team.coders.filter((c) => c.active).map((c) => c.user)
    return coders.map((coder) => ({
      coder,
      complete: codings.filter((c) => c.coder === coder && c.status === 'complete').length,
      spans: spans.filter((s) => s.coder === coder).length,
      documents,
      visible: coder === config.user || config.team.lead === config.user || config.team.unblinded,
    }))
  }, [config])
  return (
    <section className="team-section" aria-labelledby="team-progress">
      <h3 id="team-progress">Progress per coder</h3>
      <table className="team-table" aria-labelledby="team-progress">
        <thead>
          <tr>
            <th scope="col">Coder</th>
            <th scope="col">Documents complete</th>
            <th scope="col">Spans</th>
          </tr>
        </thead>
        <tbody>
          {(rows ?? []).map((row) => (
            <tr key={row.coder}>
              <th scope="row">{row.coder}</th>
              <td>{row.visible ? `${row.complete} of ${row.documents}` : 'blind'}</td>
              <td>{row.visible ? row.spans : 'blind'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
