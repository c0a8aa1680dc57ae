import { useId } from 'react'
import { useSession } from '../../state/sessionStore'
import { errorMessage } from '../shell/errorMessage'
import { switchProject } from './switchProject'
import { useProjects } from './useProjects'

/** The "Project" select in the top bar: lists live projects and opens the chosen one. */
export function ProjectSwitcher() {
  const projects = useProjects()
  const projectId = useSession((s) => s.projectId)
  const notify = useSession((s) => s.notify)
  // A label beside (not around) the select: wrapping would fold the option texts into its name.
  const id = useId()
  return (
    <div className="project-switcher">
      <label htmlFor={id}>Project</label>
      <select
        id={id}
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
            {p.name}
          </option>
        ))}
      </select>
    </div>
  )
}
