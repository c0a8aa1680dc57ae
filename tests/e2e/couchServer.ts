import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** Admin of the test server (pouchdb-server, standing in for CouchDB 3 here). */
export const ADMIN = { user: 'admin', password: 'admin-secret' }

/** A free loopback port: bound once by the OS, then released for the server to take. */
export async function freePort(): Promise<number> {
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const address = probe.address()
  await new Promise((resolve) => probe.close(resolve))
  if (typeof address !== 'object' || address === null) throw new Error('no port')
  return address.port
}

/**
 * A pouchdb-server on 127.0.0.1 with its data in a temporary folder (LevelDB on disk, so a
 * killed and restarted server still has everything it acknowledged), an admin, and CORS open
 * to the app's origin. `kill` stops it hard (SIGKILL), `start` brings it back on the same port.
 */
export async function startCouchServer() {
  const dir = mkdtempSync(join(tmpdir(), 'nc-couch-'))
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  // Admins are set in the config before the first start: no "admin party", ever.
  writeFileSync(
    join(dir, 'config.json'),
    JSON.stringify({
      admins: { [ADMIN.user]: ADMIN.password },
      httpd: { enable_cors: true },
      cors: {
        origins: '*',
        credentials: 'false',
        headers: 'accept, authorization, content-type, origin, referer',
      },
      log: { file: join(dir, 'log.txt'), level: 'warning' },
    }),
  )
  let child: ChildProcess | null = null

  async function start(): Promise<void> {
    child = spawn(
      process.execPath,
      [
        // pouchdb-server with a fix to its validation plugin (see the launcher).
        fileURLToPath(new URL('./pouchdbServerLauncher.mjs', import.meta.url)),
        '--port',
        String(port),
        '--host',
        '127.0.0.1',
        '--dir',
        join(dir, 'data'),
        '--config',
        join(dir, 'config.json'),
        '--no-stdout-logs',
      ],
      { cwd: dir, stdio: 'ignore' },
    )
    const deadline = Date.now() + 20_000
    for (;;) {
      try {
        const response = await fetch(`${url}/`)
        if (response.ok) return
      } catch {
        // Not listening yet.
      }
      if (Date.now() > deadline) throw new Error('pouchdb-server did not start')
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }

  async function kill(): Promise<void> {
    const running = child
    child = null
    if (!running || running.exitCode !== null) return
    await new Promise<void>((resolve) => {
      running.once('exit', () => resolve())
      running.kill('SIGKILL')
    })
  }

  await start()
  return {
    url,
    start,
    kill,
    async stop() {
      await kill()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
