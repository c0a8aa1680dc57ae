import { useEffect, useState } from 'react'
import {
  countProjectContents,
  deleteProject,
  listProjects,
  type ProjectContents,
} from '../../actions/projectActions'
import { useSession } from '../../state/sessionStore'
import { errorMessage } from '../shell/errorMessage'
import { Modal } from '../shell/Modal'
import { useCloseOverlay } from '../shell/useCloseOverlay'
import { switchProject } from './switchProject'
import { useProject } from './useProjects'

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

/** "Delete “X”? It has 3 documents and 12 annotations." — what goes with the project. */
export function describeProjectDeletion(name: string, contents: ProjectContents): string {
  return `Delete “${name}”? It has ${plural(contents.documents, 'document')} and ${plural(contents.annotations, 'annotation')}.`
}

/** Confirms moving the open project to the trash, naming what it contains. */
export function DeleteProjectDialog() {
  const close = useCloseOverlay()
  const projectId = useSession((s) => s.projectId)
  const notify = useSession((s) => s.notify)
  const project = useProject(projectId)
  const [contents, setContents] = useState<ProjectContents | null>(null)
  const [problem, setProblem] = useState<string | null>(null)

  useEffect(() => {
    if (projectId === null) return
    let current = true
    countProjectContents(projectId).then(
      (c) => current && setContents(c),
      (error: unknown) => current && setProblem(errorMessage(error)),
    )
    return () => {
      current = false
    }
  }, [projectId])

  if (!project) return null

  async function confirm() {
    if (!project) return
    try {
      await deleteProject(project.id)
      const next = (await listProjects())[0] ?? null
      await switchProject(next?.id ?? null)
      notify('info', `Moved “${project.name}” to the trash. Restore it from Settings › Trash.`)
      close()
    } catch (error) {
      setProblem(errorMessage(error))
    }
  }

  return (
    <Modal title="Delete project" onClose={close}>
      <p>
        {contents ? describeProjectDeletion(project.name, contents) : `Delete “${project.name}”?`}
      </p>
      <p className="hint">Deleted projects go to the trash and can be restored.</p>
      {problem && (
        <p role="alert" className="form-error">
          {problem}
        </p>
      )}
      <div className="modal-actions">
        <button type="button" onClick={close} autoFocus>
          Cancel
        </button>
        <button type="button" className="danger" onClick={confirm} disabled={contents === null}>
          Delete project
        </button>
      </div>
    </Modal>
  )
}
