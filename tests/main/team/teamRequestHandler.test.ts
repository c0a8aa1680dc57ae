import { readFileSync } from 'node:fs'
import * as fs from 'node:fs/promises'
import { createServer as createHttpServer, type IncomingMessage, type Server } from 'node:http'
import { createServer as createHttpsServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CREDENTIALS_FILE, credentialStore } from '../../../src/main/team/credentialStore'
import { isOnServer, teamRequestHandler } from '../../../src/main/team/teamRequestHandler'
import { networkProblem } from '../../../src/shared/sync/serverProblem'
import type { TeamHttpRequest } from '../../../src/shared/ipc/contract'

// A reversible stand-in for the OS keychain: what matters is that the file never holds the
// password as written, and that main can read it back.
const fakeSafeStorage = (available = true) => ({
  isEncryptionAvailable: () => available,
  encryptString: (s: string) => Buffer.from(`enc:${Buffer.from(s).toString('hex')}`),
  decryptString: (b: Buffer) => Buffer.from(b.toString().slice(4), 'hex').toString(),
})

let seen: IncomingMessage[] = []
let http: Server
let base = ''

beforeAll(async () => {
  http = createHttpServer((req, res) => {
    seen.push(req)
    res.setHeader('content-type', 'application/json')
    res.end('{"couchdb":"Welcome","version":"3.4.2"}')
  })
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(http.address() as AddressInfo).port}`
})
afterAll(() => http.close())

async function store(available = true) {
  const dataFolder = await fs.mkdtemp(join(tmpdir(), 'nc-team-'))
  return {
    dataFolder,
    credentials: credentialStore({ fs, safeStorage: fakeSafeStorage(available), dataFolder }),
  }
}

const request = (over: Partial<TeamHttpRequest>): TeamHttpRequest => ({
  url: `${base}/`,
  method: 'GET',
  headers: {},
  body: null,
  as: null,
  ...over,
})

describe('team credentials', () => {
  it('are kept encrypted in the user-data folder and read back by main only', async () => {
    const { dataFolder, credentials } = await store()
    expect(await credentials.save({ server: base, user: 'Ann' }, 'hunter2-secret')).toBe(
      'encrypted',
    )
    const file = await fs.readFile(join(dataFolder, CREDENTIALS_FILE), 'utf8')
    expect(file).not.toContain('hunter2-secret')
    expect(await credentials.password({ server: base, user: 'Ann' })).toBe('hunter2-secret')
    await credentials.forget({ server: base, user: 'Ann' })
    expect(await credentials.password({ server: base, user: 'Ann' })).toBeNull()
  })

  it('stay in memory for the session where the OS offers no encryption, never on disk in clear', async () => {
    const { dataFolder, credentials } = await store(false)
    expect(await credentials.save({ server: base, user: 'Ann' }, 'pw')).toBe('session')
    await expect(fs.readFile(join(dataFolder, CREDENTIALS_FILE), 'utf8')).rejects.toThrow()
    expect(await credentials.password({ server: base, user: 'Ann' })).toBe('pw')
  })
})

describe("'team:request'", () => {
  it('adds the stored password as Basic auth for its own server only', async () => {
    const { credentials } = await store()
    await credentials.save({ server: base, user: 'Ann' }, 'pw')
    const handle = teamRequestHandler({ fetch, credentials })
    seen = []
    const answer = await handle(
      request({ url: `${base}/db/_changes`, as: { server: base, user: 'Ann' } }),
    )
    expect(answer).toMatchObject({ kind: 'response', status: 200 })
    expect(seen[0]?.headers.authorization).toBe(`Basic ${Buffer.from('Ann:pw').toString('base64')}`)
    await expect(
      handle(request({ url: 'http://127.0.0.1:9/x', as: { server: base, user: 'Ann' } })),
    ).rejects.toThrow(/only sent to its own server/)
    expect(isOnServer(`${base}evil.org/`, base)).toBe(false)
  })

  it('says a refused connection is unreachable, with its code', async () => {
    const { credentials } = await store()
    const handle = teamRequestHandler({ fetch, credentials })
    // A port that was just free: nobody listens there.
    const probe = createHttpServer()
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
    const port = (probe.address() as AddressInfo).port
    await new Promise((resolve) => probe.close(resolve))
    const answer = await handle(request({ url: `http://127.0.0.1:${port}/` }))
    expect(answer).toMatchObject({ kind: 'network-error', code: 'ECONNREFUSED' })
  })

  it('tells a TLS certificate failure apart', async () => {
    const here = import.meta.dirname
    const tls = createHttpsServer(
      {
        key: readFileSync(join(here, 'fixtures/selfSigned.key')),
        cert: readFileSync(join(here, 'fixtures/selfSigned.crt')),
      },
      (_req, res) => res.end('{}'),
    )
    await new Promise<void>((resolve) => tls.listen(0, '127.0.0.1', resolve))
    try {
      const { credentials } = await store()
      const handle = teamRequestHandler({ fetch, credentials })
      const port = (tls.address() as AddressInfo).port
      const answer = await handle(request({ url: `https://127.0.0.1:${port}/` }))
      expect(answer.kind).toBe('network-error')
      if (answer.kind !== 'network-error') return
      expect(networkProblem({ ...answer, online: true, browser: false }).kind).toBe('tls')
    } finally {
      tls.close()
    }
  })
})
