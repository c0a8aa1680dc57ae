import { listProjects } from '../../actions/projectActions'
import { loadSettings } from '../../actions/settingsActions'
import { openDatabase } from '../recovery/openDatabase'
import { platform } from '../../platform/platform'
import { useSession } from '../../state/sessionStore'
import { ensureSampleProject } from '../sample/ensureSampleProject'
import { errorMessage } from './errorMessage'
import { applyTheme } from './applyTheme'
import { switchProject } from '../projects/switchProject'
import { startTeamSync } from '../team/teamSession'

/**
 * Starts the app: opens the database, restores settings (the coder defaults to the OS user name,
 * never a prompt, so coding can start at once), seeds the sample project on the first start, and
 * reopens the last project, or the first one. Throws only when the database cannot open.
 */
export async function bootstrap(): Promise<void> {
  // Opens with recovery from the backup journal and snapshots (features/recovery).
  await openDatabase()
  // Team projects are known before anything writes, so every change of theirs is recorded.
  await startTeamSync()
  const session = useSession.getState()
  const settings = await loadSettings()
  session.setTheme(settings.theme)
  applyTheme(settings.theme) // before the first paint of the workspace, so it never flashes light
  session.setCoder(settings.coder ?? (await platform.defaultCoderName()))

  let sampleId: string | null = null
  try {
    sampleId = await ensureSampleProject()
  } catch (error) {
    // A broken sample must not keep the user from their own projects.
    session.notify('error', `The sample project could not be created: ${errorMessage(error)}`)
  }

  const projects = await listProjects()
  const last = projects.find((p) => p.id === settings.lastProjectId)
  const target = sampleId ?? last?.id ?? projects[0]?.id ?? null
  await switchProject(target)
}
