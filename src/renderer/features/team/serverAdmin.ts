import type { SecurityObject } from '../../../shared/sync/securityObjects'
import type { TeamDoc } from '../../../shared/sync/teamModel'
import { TEAM_DOC_ID } from '../../../shared/sync/teamModel'
import type { TeamTransport } from '../../platform/teamTransport'
import type { Auth } from './couchClient'
import { ServerError, couchOk, couchRequest } from './couchClient'

/** A server and how to talk to it: the transport, the credentials, browser mode or not. */
export type ServerContext = {
  transport: TeamTransport
  server: string
  auth: Auth
  browser: boolean
}

const path = (...parts: string[]) => `/${parts.map(encodeURIComponent).join('/')}`

/**
 * Creates a CouchDB user (`_users/org.couchdb.user:<name>`) unless one exists; returns whether it
 * was created. An existing user keeps their password (they may be in another project too).
 */
export async function ensureUser(
  ctx: ServerContext,
  name: string,
  password: string,
): Promise<boolean> {
  const id = `org.couchdb.user:${name}`
  const existing = await couchRequest(ctx.transport, ctx.server, path('_users', id), ctx)
  if (existing.status === 200) return false
  if (existing.status === 401 || existing.status === 403) {
    throw new ServerError({
      kind: 'forbidden',
      message:
        'These credentials are not a server admin’s: setting up a team creates users and databases.',
    })
  }
  await couchOk(ctx.transport, ctx.server, path('_users', id), `create the user ${name}`, {
    ...ctx,
    method: 'PUT',
    body: { _id: id, name, password, roles: [], type: 'user' },
  })
  return true
}

/** Creates a database; refuses one that exists already (another team's, or a half set-up). */
export async function createDatabase(ctx: ServerContext, name: string): Promise<void> {
  const answer = await couchRequest(ctx.transport, ctx.server, path(name), {
    ...ctx,
    method: 'PUT',
  })
  if (answer.status === 412) {
    throw new ServerError({
      kind: 'server',
      message: `The database ${name} exists already on this server.`,
    })
  }
  if (answer.status !== 201 && answer.status !== 202) {
    await couchOk(ctx.transport, ctx.server, path(name), `create the database ${name}`, {
      ...ctx,
      method: 'PUT',
    })
  }
}

/** Writes a database's `_security` object. */
export async function putSecurity(
  ctx: ServerContext,
  name: string,
  security: SecurityObject,
): Promise<void> {
  await couchOk(ctx.transport, ctx.server, `${path(name)}/_security`, `set who may read ${name}`, {
    ...ctx,
    method: 'PUT',
    body: security,
  })
}

/** Writes (or replaces) a document by id, taking the current revision first. */
export async function putDocument(
  ctx: ServerContext,
  dbName: string,
  doc: { _id: string } & Record<string, unknown>,
): Promise<void> {
  const url = `${path(dbName)}/${doc._id.startsWith('_design/') ? `_design/${encodeURIComponent(doc._id.slice(8))}` : encodeURIComponent(doc._id)}`
  const current = await couchRequest(ctx.transport, ctx.server, url, ctx)
  const rev = (current.json as { _rev?: unknown } | null)?._rev
  await couchOk(ctx.transport, ctx.server, url, `write ${doc._id} in ${dbName}`, {
    ...ctx,
    method: 'PUT',
    body: typeof rev === 'string' && current.status === 200 ? { ...doc, _rev: rev } : doc,
  })
}

/** Reads the team document of a project database as the given user. */
export async function readTeamDoc(ctx: ServerContext, projectDb: string): Promise<unknown> {
  const answer = await couchRequest(
    ctx.transport,
    ctx.server,
    `${path(projectDb)}/${TEAM_DOC_ID}`,
    ctx,
  )
  if (answer.status === 401 || answer.status === 403) {
    throw new ServerError({
      kind: 'forbidden',
      message: 'This user is not a member of that team project.',
    })
  }
  if (answer.status === 404) {
    throw new ServerError({
      kind: 'missing',
      message: 'There is no Newscoder team project at that address.',
    })
  }
  await couchOk(
    ctx.transport,
    ctx.server,
    `${path(projectDb)}/${TEAM_DOC_ID}`,
    'read the team',
    ctx,
  )
  return answer.json
}

/** Writes the team document (server admins only may, besides the lead). */
export async function writeTeamDoc(
  ctx: ServerContext,
  projectDb: string,
  team: TeamDoc,
): Promise<void> {
  await putDocument(ctx, projectDb, { _id: TEAM_DOC_ID, ...team })
}

/**
 * Returns a new random password for a coder account: 4 groups of 4 letters and digits (about 80
 * bits), without the look-alikes 0/O, 1/l/I, so it can be read out or copied by hand.
 */
export function generatePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789'
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length])
  return [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join('')).join('-')
}
