import { createProject } from '../../actions/projectActions'
import { useSession } from '../../state/sessionStore'
import { Modal } from '../shell/Modal'
import { useCloseOverlay } from '../shell/useCloseOverlay'
import { ProjectNameForm } from './ProjectNameForm'
import { switchProject } from './switchProject'

/** Creates a project with the default codebook and opens it. */
export function NewProjectDialog() {
  const close = useCloseOverlay()
  const notify = useSession((s) => s.notify)
  return (
    <Modal title="New project" onClose={close}>
      <p className="hint">New projects start with the “Sourcing and stance” codebook.</p>
      <ProjectNameForm
        initialName=""
        submitLabel="Create"
        onCancel={close}
        onSubmit={async (name) => {
          const project = await createProject(name)
          await switchProject(project.id)
          notify('info', `Created project “${project.name}”.`)
          close()
        }}
      />
    </Modal>
  )
}
