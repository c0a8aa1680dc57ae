import { useState } from 'react'
import { createProject, type CodebookSource } from '../../actions/projectActions'
import { CodebookSourceChoice } from '../codebook/CodebookSourceChoice'
import '../codebook/codebook.css'
import { useSession } from '../../state/sessionStore'
import { Modal } from '../shell/Modal'
import { useCloseOverlay } from '../shell/useCloseOverlay'
import { ProjectNameForm } from './ProjectNameForm'
import { switchProject } from './switchProject'

/** Creates a project with a codebook from a template or another project, and opens it. */
export function NewProjectDialog() {
  const close = useCloseOverlay()
  const notify = useSession((s) => s.notify)
  const [source, setSource] = useState<CodebookSource>({
    kind: 'template',
    template: 'sourcing-and-stance',
  })
  return (
    <Modal title="New project" onClose={close}>
      <CodebookSourceChoice value={source} onChange={setSource} />
      <ProjectNameForm
        initialName=""
        submitLabel="Create"
        onCancel={close}
        onSubmit={async (name) => {
          const project = await createProject(name, { codebook: source })
          await switchProject(project.id)
          notify('info', `Created project “${project.name}”.`)
          close()
        }}
      />
    </Modal>
  )
}
