/**
 * What went wrong talking to a team server, in the words the Team panel shows: one clear message
 * per cause (the "bad input": wrong URL, not CouchDB, wrong credentials, TLS), plus the
 * everyday ones (offline, unreachable, no access, server error).
 */
export type ServerProblem = {
  kind:
    | 'bad-url'
    | 'offline'
    | 'unreachable'
    | 'tls'
    | 'not-couchdb'
    | 'credentials'
    | 'forbidden'
    | 'missing'
    | 'server'
  message: string
}

/** How a request failed before any HTTP answer: the error's message and its code, if any. */
export type NetworkFailure = { message: string; code?: string; online: boolean; browser: boolean }

const TLS = /CERT|SSL|TLS|certificate|self[- ]signed|UNABLE_TO_VERIFY|ERR_BAD_SSL/i

/**
 * Returns the problem of a request that got no HTTP answer. TLS failures are recognised by the
 * codes Chromium (`net::ERR_CERT_…`, `ERR_SSL_…`) and Node (`DEPTH_ZERO_SELF_SIGNED_CERT`,
 * `CERT_HAS_EXPIRED`, …) give them. A page's `fetch` gets no such detail (it only says "Failed
 * to fetch" for a refused connection, a bad certificate and a missing CORS header alike), so in
 * browser mode the message names the three things to check.
 */
export function networkProblem(failure: NetworkFailure): ServerProblem {
  if (!failure.online) {
    return {
      kind: 'offline',
      message: 'Offline: changes wait on this computer and go out when you are back online.',
    }
  }
  if (TLS.test(`${failure.code ?? ''} ${failure.message}`)) {
    return {
      kind: 'tls',
      message:
        'The server’s TLS certificate is not trusted (expired, self-signed or for another name). Ask the server’s admin to fix the certificate; Newscoder does not connect without it.',
    }
  }
  if (failure.browser) {
    return {
      kind: 'unreachable',
      message:
        'Could not reach the server. Check the address, that the server is running, that its TLS certificate is valid, and that its CORS settings allow this page’s origin (docs/team-server.md).',
    }
  }
  return {
    kind: 'unreachable',
    message: `Could not reach the server (${failure.code ?? failure.message}). Check the address and that the server is running.`,
  }
}

/**
 * Returns the problem of the answer to `GET <server>/`, or null when it is CouchDB's welcome
 * (`{"couchdb":"Welcome"}`, or pouchdb-server's `{"express-pouchdb":"Welcome!"}`, which speaks
 * the same protocol).
 */
export function welcomeProblem(status: number, body: string): ServerProblem | null {
  let json: unknown = null
  try {
    json = JSON.parse(body)
  } catch {
    // Not JSON: an HTML page, a proxy's error page, another service.
  }
  const welcome =
    typeof json === 'object' &&
    json !== null &&
    ('couchdb' in json || 'express-pouchdb' in json) &&
    'version' in json
  if (status >= 200 && status < 300 && welcome) return null
  if (status === 401) return null // a CouchDB that requires a login even for its welcome
  return {
    kind: 'not-couchdb',
    message: `This address answers, but it is not a CouchDB server (HTTP ${status}${welcome ? '' : ', no CouchDB welcome'}). Check the address: it should be the CouchDB root, e.g. https://couch.example.org or its reverse-proxy path.`,
  }
}

/** Returns the problem of an HTTP error answer from CouchDB, or null for a success. */
export function httpProblem(status: number, what: string): ServerProblem | null {
  if (status >= 200 && status < 300) return null
  if (status === 401) {
    return { kind: 'credentials', message: 'Wrong user name or password for this server.' }
  }
  if (status === 403) {
    return { kind: 'forbidden', message: `This user may not ${what}.` }
  }
  if (status === 404) {
    return { kind: 'missing', message: `Not found on this server: ${what}.` }
  }
  return { kind: 'server', message: `The server failed to ${what} (HTTP ${status}).` }
}
