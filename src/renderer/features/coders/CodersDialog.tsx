import { useLiveQuery } from 'dexie-react-hooks'
import { loadReliabilitySample } from '../../actions/reliabilityActions'
import { useSession } from '../../state/sessionStore'
import { ReliabilitySection } from '../reliability/ReliabilitySection'
import { Modal } from '../shell/Modal'
import { useCloseOverlay } from '../shell/useCloseOverlay'
import { PackageSection } from './PackageSection'
import './coders.css'

/** The "Coders" dialog: exchange coder packages, draw the reliability sample, blind mode. */
export function CodersDialog() {
  const projectId = useSession((s) => s.projectId)
  const coder = useSession((s) => s.coder)
  const close = useCloseOverlay()
  const sample = useLiveQuery(
    async () => (projectId ? await loadReliabilitySample(projectId) : null),
    [projectId],
  )
  return (
    <Modal title="Coders" onClose={close} className="modal-wide">
      <p>
        You code as <strong>{coder}</strong> (change it in Settings).
      </p>
      <PackageSection hasSample={Boolean(sample)} />
      {projectId && <ReliabilitySection projectId={projectId} />}
    </Modal>
  )
}
