import { restoreProject } from '../../actions/projectActions'
import { useSession } from '../../state/sessionStore'
import { errorMessage } from '../shell/errorMessage'
import { switchProject } from './switchProject'
import { useDeletedProjects } from './useProjects'

/** Projects in the trash, each with a Restore button that also opens it. */
export function ProjectTrash() {
  const deleted = useDeletedProjects()
  const notify = useSession((s) => s.notify)
  if (deleted === undefined) return null
  if (deleted.length === 0) return <p className="hint">The trash is empty.</p>

  async function restore(id: string, name: string) {
    try {
      await restoreProject(id)
      await switchProject(id)
      notify('info', `Restored “${name}”.`)
    } catch (error) {
      notify('error', errorMessage(error))
    }
  }

  return (
    <ul className="trash-list" aria-label="Deleted projects">
      {deleted.map((p) => (
        <li key={p.id}>
          <span>{p.name}</span>
          <button
            type="button"
            onClick={() => restore(p.id, p.name)}
            aria-label={`Restore “${p.name}”`}
          >
            Restore
          </button>
        </li>
      ))}
    </ul>
  )
}
