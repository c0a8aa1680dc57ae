import { renameProject } from '../../actions/projectActions'
import { useSession } from '../../state/sessionStore'
import { Modal } from '../shell/Modal'
import { useCloseOverlay } from '../shell/useCloseOverlay'
import { ProjectNameForm } from './ProjectNameForm'
import { useProject } from './useProjects'

/** Renames the open project. */
export function RenameProjectDialog() {
  const close = useCloseOverlay()
  const projectId = useSession((s) => s.projectId)
  const project = useProject(projectId)
  if (!project) return null
  return (
    <Modal title="Rename project" onClose={close}>
      <ProjectNameForm
        initialName={project.name}
        submitLabel="Rename"
        onCancel={close}
        onSubmit={async (name) => {
          await renameProject(project.id, name)
          close()
        }}
      />
    </Modal>
  )
}
