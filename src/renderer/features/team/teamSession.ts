import { setOutboxListener } from '../../db/syncOutboxMiddleware'
import { changeCoder } from '../../actions/settingsActions'
import { platform } from '../../platform/platform'
import { useSession } from '../../state/sessionStore'
import { loadTeamConfig, refreshSyncedProjects } from './teamConfigs'
import { TeamSync } from './TeamSync'
import { useTeamStatus } from './teamStatusStore'

let engine: TeamSync | null = null
let watching = false

/** The sync engine of the open project, when it is a team project. */
export function currentTeamSync(): TeamSync | null {
  return engine
}

/**
 * Starts (or restarts) syncing the project `projectId` when it is a team project on this
 * computer, and stops syncing any other: only the open project syncs, so switching projects
 * never leaves work behind (its changes wait in the outbox until it is opened again). The coder
 * name becomes the team user's, since it is written on every span the team sees.
 */
export async function syncProject(projectId: string | null): Promise<void> {
  engine?.stop()
  engine = null
  useTeamStatus.getState().set(null)
  if (projectId === null) return
  const config = await loadTeamConfig(projectId)
  if (!config || useSession.getState().projectId !== projectId) return
  if (useSession.getState().coder !== config.user) await changeCoder(config.user)
  engine = new TeamSync(config, {
    transport: platform.team,
    browser: platform.kind === 'browser',
    publish: (status) => {
      if (engine && status.projectId === useSession.getState().projectId)
        useTeamStatus.getState().set(status)
    },
  })
  engine.start()
}

/**
 * Loads which projects are team projects (before anything writes, so every change is recorded),
 * then follows the open project: called once at start.
 */
export async function startTeamSync(): Promise<void> {
  await refreshSyncedProjects()
  setOutboxListener(() => engine?.nudge())
  if (watching) return
  watching = true
  let open = useSession.getState().projectId
  void syncProject(open)
  useSession.subscribe((state) => {
    if (state.projectId === open) return
    open = state.projectId
    void syncProject(open)
  })
  window.addEventListener('online', () => engine?.nudge(0))
}
