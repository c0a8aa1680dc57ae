import type { TeamHttpRequest } from '../../../shared/ipc/contract'
import type { ServerProblem } from '../../../shared/sync/serverProblem'
import { httpProblem, networkProblem, welcomeProblem } from '../../../shared/sync/serverProblem'
import type { TeamAccount, TeamTransport } from '../../platform/teamTransport'

/** An error with the Team panel's message for what went wrong on the server. */
export class ServerError extends Error {
  constructor(readonly problem: ServerProblem) {
    super(problem.message)
    this.name = 'ServerError'
  }
}

/** Credentials of a request: a kept account's, or a name and password typed just now. */
export type Auth = { as: TeamAccount } | { user: string; password: string } | null

function basic(user: string, password: string): string {
  const bytes = new TextEncoder().encode(`${user}:${password}`)
  return `Basic ${btoa(String.fromCharCode(...bytes))}`
}

/**
 * Sends one JSON request to the server and returns the status and parsed body. Throws a
 * `ServerError` when no answer came (offline, unreachable, TLS); HTTP errors come back for the
 * caller to judge (a 404 may be the answer it wants).
 */
export async function couchRequest(
  transport: TeamTransport,
  server: string,
  path: string,
  options: { method?: TeamHttpRequest['method']; body?: unknown; auth: Auth; browser: boolean },
): Promise<{ status: number; json: unknown; text: string }> {
  const headers: Record<string, string> = { Accept: 'application/json' }
  if (options.body !== undefined) headers['Content-Type'] = 'application/json'
  const auth = options.auth
  if (auth && 'password' in auth) headers['Authorization'] = basic(auth.user, auth.password)
  const answer = await transport.request({
    url: `${server}${path}`,
    method: options.method ?? 'GET',
    headers,
    body: options.body === undefined ? null : JSON.stringify(options.body),
    as: auth && 'as' in auth ? auth.as : null,
  })
  if (answer.kind === 'network-error') {
    throw new ServerError(
      networkProblem({
        message: answer.message,
        ...(answer.code ? { code: answer.code } : {}),
        online: typeof navigator === 'undefined' || navigator.onLine,
        browser: options.browser,
      }),
    )
  }
  let json: unknown
  try {
    json = JSON.parse(answer.body)
  } catch {
    json = null
  }
  return { status: answer.status, json, text: answer.body }
}

/** Like `couchRequest`, but throws the problem of any HTTP error, naming what was being done. */
export async function couchOk(
  transport: TeamTransport,
  server: string,
  path: string,
  what: string,
  options: { method?: TeamHttpRequest['method']; body?: unknown; auth: Auth; browser: boolean },
): Promise<unknown> {
  const answer = await couchRequest(transport, server, path, options)
  const problem = httpProblem(answer.status, what)
  if (problem) throw new ServerError(problem)
  return answer.json
}

/**
 * Checks that `server` is a CouchDB server and that `user` signs in with `password` there, and
 * returns nothing when both hold. Throws the one message of what is wrong: not a web address,
 * unreachable / TLS / offline, not CouchDB, or wrong user name or password.
 */
export async function checkSignIn(
  transport: TeamTransport,
  server: string,
  user: string,
  password: string,
  browser: boolean,
): Promise<void> {
  const welcome = await couchRequest(transport, server, '/', { auth: null, browser })
  const notCouch = welcomeProblem(welcome.status, welcome.text)
  if (notCouch) throw new ServerError(notCouch)
  const session = await couchRequest(transport, server, '/_session', {
    auth: { user, password },
    browser,
  })
  const name = (session.json as { userCtx?: { name?: unknown } } | null)?.userCtx?.name
  if (session.status === 401 || (session.status === 200 && name !== user)) {
    throw new ServerError({
      kind: 'credentials',
      message: 'Wrong user name or password for this server.',
    })
  }
  const problem = httpProblem(session.status, 'sign in')
  if (problem) throw new ServerError(problem)
}
