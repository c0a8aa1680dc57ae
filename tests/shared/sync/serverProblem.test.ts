import { describe, expect, it } from 'vitest'
import { httpProblem, networkProblem, welcomeProblem } from '../../../src/shared/sync/serverProblem'

const failure = { message: 'fetch failed', online: true, browser: false }

describe('server problems', () => {
  it('tell a TLS failure from Chromium or Node apart from an unreachable server', () => {
    expect(networkProblem({ ...failure, message: 'net::ERR_CERT_AUTHORITY_INVALID' }).kind).toBe(
      'tls',
    )
    expect(networkProblem({ ...failure, code: 'DEPTH_ZERO_SELF_SIGNED_CERT' }).kind).toBe('tls')
    expect(networkProblem({ ...failure, code: 'ECONNREFUSED' }).kind).toBe('unreachable')
    expect(networkProblem({ ...failure, online: false }).kind).toBe('offline')
  })

  it('name what to check in browser mode, where fetch hides the cause', () => {
    expect(
      networkProblem({ ...failure, browser: true, message: 'Failed to fetch' }).message,
    ).toMatch(/CORS/)
  })

  it('recognise CouchDB’s and pouchdb-server’s welcome and nothing else', () => {
    expect(welcomeProblem(200, '{"couchdb":"Welcome","version":"3.4.2"}')).toBeNull()
    expect(welcomeProblem(200, '{"express-pouchdb":"Welcome!","version":"4.2.0"}')).toBeNull()
    expect(welcomeProblem(200, '<!doctype html><title>app</title>')?.kind).toBe('not-couchdb')
    expect(welcomeProblem(200, '{"status":"ok"}')?.kind).toBe('not-couchdb')
  })

  it('say wrong credentials for 401 and no access for 403', () => {
    expect(httpProblem(401, 'read')?.kind).toBe('credentials')
    expect(httpProblem(403, 'read the project')?.message).toMatch(/may not read the project/)
    expect(httpProblem(200, 'x')).toBeNull()
  })
})
