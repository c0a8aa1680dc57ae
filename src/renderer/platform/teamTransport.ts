import type {
  CredentialStorage,
  TeamHttpRequest,
  TeamHttpResponse,
} from '../../shared/ipc/contract'

/** A team member on a server. */
export type TeamAccount = { server: string; user: string }

/**
 * How the renderer reaches a team's CouchDB and keeps the password: through main in the desktop
 * app (safeStorage, Chromium's network stack, no CORS), through `fetch` and this tab's memory in
 * browser mode.
 */
export interface TeamTransport {
  /** Makes a request; with `as`, signed in as that account (its kept password). */
  request(request: TeamHttpRequest): Promise<TeamHttpResponse>
  /** Keeps the account's password: encrypted by the OS, or for this session only. */
  saveCredentials(account: TeamAccount, password: string): Promise<CredentialStorage>
  forgetCredentials(account: TeamAccount): Promise<void>
  /** Whether a password is kept for the account (so sync can run without asking). */
  hasCredentials(account: TeamAccount): Promise<boolean>
}

const key = (a: TeamAccount) => `${a.server}\n${a.user}`

/**
 * Browser mode: requests go out with `fetch` (the server must allow this page's origin by CORS;
 * no cookies, `credentials: 'omit'`), and passwords live in this tab's memory only, never in
 * IndexedDB or localStorage: reloading or closing the tab signs out, and changes made meanwhile
 * wait in the outbox until the user signs in again.
 */
export function browserTeamTransport(
  fetchImpl: typeof fetch = (...a) => fetch(...a),
): TeamTransport {
  const passwords = new Map<string, string>()
  return {
    async request(request) {
      const headers = new Headers(request.headers)
      if (request.as) {
        const password = passwords.get(key(request.as))
        if (password === undefined) throw new Error('Not signed in to this server: sign in again.')
        const bytes = new TextEncoder().encode(`${request.as.user}:${password}`)
        headers.set('Authorization', `Basic ${btoa(String.fromCharCode(...bytes))}`)
      }
      let response: Response
      try {
        response = await fetchImpl(request.url, {
          method: request.method,
          headers,
          body: request.body,
          credentials: 'omit',
          cache: 'no-store',
        })
      } catch (error) {
        return {
          kind: 'network-error',
          message: error instanceof Error ? error.message : String(error),
        }
      }
      const answerHeaders: Record<string, string> = {}
      response.headers.forEach((value, name) => {
        answerHeaders[name] = value
      })
      return {
        kind: 'response',
        status: response.status,
        statusText: response.statusText,
        headers: answerHeaders,
        body: await response.text(),
      }
    },
    async saveCredentials(account, password) {
      passwords.set(key(account), password)
      return 'session'
    },
    async forgetCredentials(account) {
      passwords.delete(key(account))
    },
    async hasCredentials(account) {
      return passwords.has(key(account))
    },
  }
}
