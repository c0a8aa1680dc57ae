import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { useSession } from '../../state/sessionStore'
import { isLead } from '../../../shared/sync/teamModel'
import { Modal } from '../shell/Modal'
import { useCloseOverlay } from '../shell/useCloseOverlay'
import { CoderProgress } from './CoderProgress'
import { InviteList } from './InviteList'
import type { Invite } from './teamActions'
import { ConflictsSection } from './ConflictsSection'
import { JoinTeamForm } from './JoinTeamForm'
import { MembersSection } from './MembersSection'
import { SetUpTeamForm } from './SetUpTeamForm'
import { loadTeamConfig } from './teamConfigs'
import { TeamStatusSection } from './TeamStatusSection'
import './team.css'

/**
 * The Team panel: for a team project, its sync status, sign-in, progress per coder, conflicts
 * and (for the lead) the coders; otherwise, set the open project up as a team project or join one.
 */
export function TeamDialog() {
  const projectId = useSession((s) => s.projectId)
  const close = useCloseOverlay()
  const [invites, setInvites] = useState<Invite[]>([])
  const config = useLiveQuery(
    async () => (projectId ? await loadTeamConfig(projectId) : null),
    [projectId],
  )
  return (
    <Modal title="Team" onClose={close} className="modal-wide">
      <InviteList invites={invites} />
      {config ? (
        <>
          <TeamStatusSection config={config} />
          <CoderProgress config={config} />
          <ConflictsSection config={config} />
          {isLead(config) && <MembersSection config={config} />}
        </>
      ) : (
        <>
          {projectId && <SetUpTeamForm projectId={projectId} onInvites={setInvites} />}
          <JoinTeamForm />
        </>
      )}
    </Modal>
  )
}
