import type { TeamHttpRequest, TeamHttpResponse } from '../../shared/ipc/contract'
import { MAX_TEAM_BODY } from '../../shared/ipc/contract'
import type { CredentialStore } from './credentialStore'

/** The fetch main uses: Electron's `net.fetch` in the app (system certificates, proxies). */
export type TeamFetch = (url: string, init: RequestInit) => Promise<Response>

/** How long one request may take; CouchDB answers a sync batch in well under a second. */
export const TEAM_REQUEST_TIMEOUT_MS = 120_000

/** True when `url` lies on `server` (same origin, and under its path when it has one). */
export function isOnServer(url: string, server: string): boolean {
  const base = server.replace(/\/+$/, '')
  return url === base || url.startsWith(`${base}/`) || url.startsWith(`${base}?`)
}

function errorCode(error: unknown): string | undefined {
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause
  return typeof cause?.code === 'string' ? cause.code : undefined
}

/**
 * 'team:request': makes a request to a team server for the renderer and returns the answer as
 * text (CouchDB speaks JSON). A request `as` an account gets that account's stored password as
 * HTTP Basic auth, and only when its address is on that account's server, so a stored password
 * can never be sent elsewhere. A failure before any answer comes back as `network-error` with
 * the error's code (Node's `cause.code`, or Chromium's `net::ERR_…` in the message), which the
 * renderer turns into the Team panel's message (TLS, unreachable).
 */
export function teamRequestHandler(deps: { fetch: TeamFetch; credentials: CredentialStore }) {
  return async (request: TeamHttpRequest): Promise<TeamHttpResponse> => {
    const headers = new Headers(request.headers)
    if (request.as) {
      if (!isOnServer(request.url, request.as.server)) {
        throw new Error('A stored password is only sent to its own server.')
      }
      const password = await deps.credentials.password(request.as)
      if (password === null) throw new Error('Not signed in to this server: sign in again.')
      const token = Buffer.from(`${request.as.user}:${password}`, 'utf8').toString('base64')
      headers.set('Authorization', `Basic ${token}`)
    }
    let response: Response
    try {
      response = await deps.fetch(request.url, {
        method: request.method,
        headers,
        body: request.body,
        redirect: 'error',
        signal: AbortSignal.timeout(TEAM_REQUEST_TIMEOUT_MS),
      })
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      const code = errorCode(error)
      return code ? { kind: 'network-error', message, code } : { kind: 'network-error', message }
    }
    const body = await response.text()
    if (body.length > MAX_TEAM_BODY) throw new Error('The server sent more than Newscoder accepts.')
    const answerHeaders: Record<string, string> = {}
    response.headers.forEach((value, name) => {
      answerHeaders[name] = value
    })
    return {
      kind: 'response',
      status: response.status,
      statusText: response.statusText,
      headers: answerHeaders,
      body,
    }
  }
}

/** Handlers of the credential channels over one store. */
export function credentialHandlers(credentials: CredentialStore) {
  return {
    'team:save-credentials': ({
      server,
      user,
      password,
    }: {
      server: string
      user: string
      password: string
    }) => credentials.save({ server, user }, password),
    'team:forget-credentials': async (account: { server: string; user: string }) => {
      await credentials.forget(account)
      return true as const
    },
    'team:has-credentials': async (account: { server: string; user: string }) =>
      (await credentials.password(account)) !== null,
  }
}
