import { useSession } from '../../state/sessionStore'
import { errorMessage } from '../shell/errorMessage'
import { switchProject } from './switchProject'
import { useProjects } from './useProjects'

/** The "Project" select in the top bar: lists live projects and opens the chosen one. */
export function ProjectSwitcher() {
  const projects = useProjects()
  const projectId = useSession((s) => s.projectId)
  const notify = useSession((s) => s.notify)
  return (
    <label className="project-switcher">
      <span>Project</span>
      <select
        value={projectId ?? ''}
        disabled={!projects || projects.length === 0}
        onChange={(e) =>
          switchProject(e.target.value || null).catch((err: unknown) =>
            notify('error', errorMessage(err)),
          )
        }
      >
        {projectId === null && <option value="">No project</option>}
        {projects?.map((p) => (
          <option key={p.id} value={p.id}>
            {p.isSample ? `${p.name} (sample)` : p.name}
          </option>
        ))}
      </select>
    </label>
  )
}
