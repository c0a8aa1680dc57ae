import { changeCoder } from '../../actions/settingsActions'
import { platform } from '../../platform/platform'
import { useSession } from '../../state/sessionStore'
import {
  coderDatabaseName,
  normaliseServerUrl,
  projectDatabaseName,
} from '../../../shared/sync/databaseNames'
import { formatInvitation, parseInvitation } from '../../../shared/sync/invitation'
import {
  coderDesignDoc,
  coderSecurity,
  projectDesignDoc,
  projectSecurity,
} from '../../../shared/sync/securityObjects'
import type { TeamConfig, TeamDoc } from '../../../shared/sync/teamModel'
import { memberNameSchema, teamDocSchema } from '../../../shared/sync/teamModel'
import { ServerError, checkSignIn } from './couchClient'
import type { ServerContext } from './serverAdmin'
import {
  createDatabase,
  ensureUser,
  generatePassword,
  putDocument,
  putSecurity,
  readTeamDoc,
  writeTeamDoc,
} from './serverAdmin'
import { loadTeamConfig, saveTeamConfig } from './teamConfigs'
import { currentTeamSync, syncProject } from './teamSession'

/** A name and password typed into a form. */
export type Credentials = { user: string; password: string }

/** What the lead hands a coder: the invitation text and, for a new account, its password. */
export type Invite = { user: string; invitation: string; password: string | null }

const browser = () => platform.kind === 'browser'

function memberName(name: string): string {
  const parsed = memberNameSchema.safeParse(name)
  if (!parsed.success) throw new Error(`${name || 'A name'}: ${parsed.error.issues[0]?.message}`)
  return parsed.data
}

async function createCoder(
  admin: ServerContext,
  projectDb: string,
  user: string,
  password: string | null,
) {
  const created = await ensureUser(admin, user, password ?? generatePassword())
  const db = coderDatabaseName(projectDb, user)
  await createDatabase(admin, db)
  await putDocument(admin, db, coderDesignDoc(user))
  return { created, db }
}

/**
 * "Set up team project" (the lead): with a server admin's credentials, used for this once and
 * never stored, creates the lead's and each coder's CouchDB user (coders get a generated
 * password), the project database and a database per coder (the lead's own included), their
 * `_security` objects and `validate_doc_update` functions, and the team document; then links the
 * local project, keeps the lead's password, and starts the first sync, which sends the project.
 * Returns each coder's invitation.
 */
export async function setUpTeamProject(input: {
  projectId: string
  server: string
  admin: Credentials
  lead: Credentials
  coders: string[]
}): Promise<Invite[]> {
  const server = normaliseServerUrl(input.server)
  const lead = memberName(input.lead.user)
  const coders = [
    ...new Set(
      input.coders
        .map((c) => c.trim())
        .filter(Boolean)
        .map(memberName),
    ),
  ].filter((c) => c !== lead)
  if (input.lead.password.length < 8)
    throw new Error('Choose a password of at least 8 characters for the lead.')
  if (await loadTeamConfig(input.projectId))
    throw new Error('This project is a team project already.')
  await checkSignIn(platform.team, server, input.admin.user, input.admin.password, browser())
  const admin: ServerContext = {
    transport: platform.team,
    server,
    auth: input.admin,
    browser: browser(),
  }
  const projectDb = projectDatabaseName(input.projectId)
  const team: TeamDoc = {
    type: 'team',
    projectId: input.projectId,
    lead,
    coders: [],
    unblinded: false,
    updatedAt: Date.now(),
  }
  const invites: Invite[] = []
  await ensureUser(admin, lead, input.lead.password)
  await createDatabase(admin, projectDb)
  for (const user of [lead, ...coders]) {
    const password = user === lead ? input.lead.password : generatePassword()
    const { created, db } = await createCoder(admin, projectDb, user, password)
    team.coders.push({ user, db, active: true })
    if (user !== lead) {
      invites.push({
        user,
        invitation: formatInvitation({ server, projectDb, user }),
        password: created ? password : null,
      })
    }
  }
  await writeSecurity(admin, projectDb, team)
  await putDocument(admin, projectDb, projectDesignDoc(lead))
  await writeTeamDoc(admin, projectDb, team)
  // The lead's own password must work before anything depends on it.
  await checkSignIn(platform.team, server, lead, input.lead.password, browser())
  await platform.team.saveCredentials({ server, user: lead }, input.lead.password)
  await link({ projectId: input.projectId, server, user: lead, projectDb, team })
  return invites
}

async function writeSecurity(
  admin: ServerContext,
  projectDb: string,
  team: TeamDoc,
): Promise<void> {
  await putSecurity(admin, projectDb, projectSecurity(team))
  for (const coder of team.coders)
    await putSecurity(admin, coder.db, coderSecurity(team, coder.user))
}

async function link(config: TeamConfig): Promise<void> {
  await saveTeamConfig(config)
  await changeCoder(config.user)
  if (useSession.getState().projectId === config.projectId) await syncProject(config.projectId)
}

/**
 * "Join" (a coder, or the lead on another computer): checks the invitation's server and the
 * password, reads the team document, keeps the password and links the project; the first sync
 * then brings the project's documents, codebook and, for the lead, everyone's coding. Returns the
 * project's id (its rows arrive with the sync).
 */
export async function joinTeamProject(invitationText: string, password: string): Promise<string> {
  const invitation = parseInvitation(invitationText)
  await checkSignIn(platform.team, invitation.server, invitation.user, password, browser())
  const ctx: ServerContext = {
    transport: platform.team,
    server: invitation.server,
    auth: { user: invitation.user, password },
    browser: browser(),
  }
  const parsed = teamDocSchema.safeParse(await readTeamDoc(ctx, invitation.projectDb))
  if (!parsed.success) {
    throw new ServerError({
      kind: 'not-couchdb',
      message: 'The team document on the server is damaged.',
    })
  }
  const team = parsed.data
  const member =
    team.lead === invitation.user || team.coders.some((c) => c.user === invitation.user && c.active)
  if (!member) throw new Error(`${invitation.user} is not (or no longer) on this team.`)
  await platform.team.saveCredentials(
    { server: invitation.server, user: invitation.user },
    password,
  )
  await link({
    projectId: team.projectId,
    server: invitation.server,
    user: invitation.user,
    projectDb: invitation.projectDb,
    team,
  })
  return team.projectId
}

/** Signs in again (browser mode after a reload, or a changed password) and syncs. */
export async function signIn(projectId: string, password: string): Promise<void> {
  const config = await requireConfig(projectId)
  await checkSignIn(platform.team, config.server, config.user, password, browser())
  await platform.team.saveCredentials({ server: config.server, user: config.user }, password)
  currentTeamSync()?.nudge(0)
}

/** Forgets the kept password; changes wait in the outbox until the next sign-in. */
export async function signOut(projectId: string): Promise<void> {
  const config = await requireConfig(projectId)
  await platform.team.forgetCredentials({ server: config.server, user: config.user })
  currentTeamSync()?.nudge(0)
}

async function requireConfig(projectId: string): Promise<TeamConfig> {
  const config = await loadTeamConfig(projectId)
  if (!config) throw new Error('This project is not a team project on this computer.')
  return config
}

async function changeTeam(
  projectId: string,
  admin: Credentials,
  change: (team: TeamDoc, ctx: ServerContext, projectDb: string) => Promise<void>,
) {
  const config = await requireConfig(projectId)
  if (config.team.lead !== config.user) throw new Error('Only the lead changes the team.')
  await checkSignIn(platform.team, config.server, admin.user, admin.password, browser())
  const ctx: ServerContext = {
    transport: platform.team,
    server: config.server,
    auth: admin,
    browser: browser(),
  }
  const current = teamDocSchema.parse(await readTeamDoc(ctx, config.projectDb))
  const team: TeamDoc = {
    ...current,
    coders: current.coders.map((c) => ({ ...c })),
    updatedAt: Date.now(),
  }
  await change(team, ctx, config.projectDb)
  await writeSecurity(ctx, config.projectDb, team)
  await writeTeamDoc(ctx, config.projectDb, team)
  await saveTeamConfig({ ...config, team })
  currentTeamSync()?.nudge(0)
}

/** Adds a coder to a team project (admin credentials, not stored); returns their invitation. */
export async function addCoder(
  projectId: string,
  admin: Credentials,
  name: string,
): Promise<Invite> {
  const user = memberName(name)
  let invite: Invite | null = null
  await changeTeam(projectId, admin, async (team, ctx, projectDb) => {
    const existing = team.coders.find((c) => c.user === user)
    if (existing?.active) throw new Error(`${user} is on the team already.`)
    const password = generatePassword()
    const { created, db } = existing
      ? { created: await ensureUser(ctx, user, password), db: existing.db }
      : await createCoder(ctx, projectDb, user, password)
    if (existing) existing.active = true
    else team.coders.push({ user, db, active: true })
    invite = {
      user,
      invitation: formatInvitation({ server: ctx.server, projectDb, user }),
      password: created ? password : null,
    }
  })
  return invite as unknown as Invite
}

/**
 * Removes a coder: they no longer read or write the project; their database and their coding
 * stay on the server and on the lead's computer (a removal loses nothing).
 */
export async function removeCoder(
  projectId: string,
  admin: Credentials,
  user: string,
): Promise<void> {
  await changeTeam(projectId, admin, async (team) => {
    const coder = team.coders.find((c) => c.user === user)
    if (!coder || user === team.lead) throw new Error(`${user} is not a coder of this team.`)
    coder.active = false
  })
}

/** Unblinds: every active coder may read every coder's database from now on. */
export async function unblindCoders(projectId: string, admin: Credentials): Promise<void> {
  await changeTeam(projectId, admin, async (team) => {
    team.unblinded = true
  })
}
