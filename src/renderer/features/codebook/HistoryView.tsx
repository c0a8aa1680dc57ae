import { useLiveQuery } from 'dexie-react-hooks'
import { codebookHistory } from '../../actions/codebookActions'

const time = (ms: number) =>
  new Date(ms).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })

/** The codebook's recorded versions, newest first: when, by whom, and what changed. */
export function HistoryView({ projectId }: { projectId: string }) {
  const versions = useLiveQuery(() => codebookHistory(projectId), [projectId])
  if (versions === undefined) return <p role="status">Loading history…</p>
  return (
    <table className="cb-history">
      <caption>Codebook history ({versions.length} versions)</caption>
      <thead>
        <tr>
          <th scope="col">Version</th>
          <th scope="col">Time</th>
          <th scope="col">Coder</th>
          <th scope="col">Change</th>
        </tr>
      </thead>
      <tbody>
        {versions.map((v) => (
          <tr key={v.id}>
            <td>{v.version}</td>
            <td>
              <time dateTime={new Date(v.createdAt).toISOString()}>{time(v.createdAt)}</time>
            </td>
            <td>{v.coder || '—'}</td>
            <td>{v.note}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
