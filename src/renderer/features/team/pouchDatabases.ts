import PouchDB from 'pouchdb-browser'
import type { TeamHttpResponse } from '../../../shared/ipc/contract'
import type { TeamAccount, TeamTransport } from '../../platform/teamTransport'

/** A PouchDB database (local mirror or remote CouchDB database). */
export type Pouch = PouchDB.Database<Record<string, unknown>>

// The default 'idb' adapter (PouchDB's long-standing IndexedDB adapter); not the newer
// 'indexeddb' one, which has open data-loss reports (ADR 0019). Tests use 'memory'.
let mirrorAdapter: string | undefined

/** Sets the adapter of local mirrors: undefined (the browser default, 'idb') or 'memory' in tests. */
export function setMirrorAdapter(adapter: string | undefined): void {
  mirrorAdapter = adapter
}

/**
 * Opens the local mirror of a CouchDB database: a PouchDB database in this origin's IndexedDB
 * that holds the server's revision trees (both sides of a conflict) and replication checkpoints.
 * Dexie stays the app's store; the mirror is what PouchDB replicates.
 */
export function openMirror(remoteName: string): Pouch {
  const name = `newscoder-mirror-${remoteName}`
  return mirrorAdapter ? new PouchDB(name, { adapter: mirrorAdapter }) : new PouchDB(name)
}

const NULL_BODY = new Set([101, 204, 205, 304])

/** The last failure before any HTTP answer, kept for the Team panel's message. */
export type FailureSink = (failure: Extract<TeamHttpResponse, { kind: 'network-error' }>) => void

/**
 * Returns a `fetch` for PouchDB's HTTP adapter that goes through the platform's team transport:
 * main in the desktop app (which adds the stored password), `fetch` in browser mode. A failure
 * before an answer is reported to `onFailure` and thrown as a TypeError, as `fetch` would.
 */
export function transportFetch(
  transport: TeamTransport,
  account: TeamAccount,
  onFailure: FailureSink,
): typeof fetch {
  return async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    const headers: Record<string, string> = {}
    new Headers(init?.headers).forEach((value, name) => {
      headers[name] = value
    })
    const body = init?.body
    if (body !== undefined && body !== null && typeof body !== 'string') {
      throw new TypeError('Newscoder sends CouchDB only JSON text.')
    }
    const method = (init?.method ?? 'GET').toUpperCase() as Parameters<
      TeamTransport['request']
    >[0]['method']
    const answer = await transport.request({
      url,
      method,
      headers,
      body: body ?? null,
      as: account,
    })
    if (answer.kind === 'network-error') {
      onFailure(answer)
      throw new TypeError(answer.message)
    }
    return new Response(NULL_BODY.has(answer.status) ? null : answer.body, {
      status: answer.status,
      statusText: answer.statusText,
      headers: answer.headers,
    })
  }
}

/** Opens a database on the team server, as `account`, through the transport. */
export function openRemote(
  account: TeamAccount,
  dbName: string,
  transport: TeamTransport,
  onFailure: FailureSink,
): Pouch {
  return new PouchDB(`${account.server}/${dbName}`, {
    adapter: 'http',
    skip_setup: true,
    fetch: transportFetch(transport, account, onFailure),
  } as PouchDB.Configuration.RemoteDatabaseConfiguration)
}
