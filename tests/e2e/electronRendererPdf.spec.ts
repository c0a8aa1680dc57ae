import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import { expect, test } from '@playwright/test'
import { APP_ORIGIN } from '../../src/main/appOrigin'
import { CONTENT_SECURITY_POLICY } from '../../src/main/contentSecurityPolicy'
import { rendererProtocolHandler } from '../../src/main/rendererProtocolHandler'
import type { EngineEvent } from '../../src/renderer/workers/importProtocol'
import { normaliseText } from '../../src/shared/text/normaliseText'
import { corpusPath, pdfFixture } from './importInputs'

// The desktop app's renderer cannot run here (no Electron binary), but its build can: this
// serves electron-vite's output through the app:// handler Electron uses (its CSP on every
// file, workers included) and runs that build's own import worker on a printed PDF. So a
// desktop build whose worker bundling or CSP keeps pdf.js from starting fails here.
const root = fileURLToPath(new URL('../..', import.meta.url))
const rendererDir = `${root}out/renderer`
const words = (text: string): string[] => text.split(/\s+/).filter((w) => w !== '')

let server: Server
let base = ''

test.beforeAll(async () => {
  test.setTimeout(180_000)
  const build = spawnSync(
    process.execPath,
    ['node_modules/electron-vite/bin/electron-vite.js', 'build'],
    { cwd: root, encoding: 'utf8' },
  )
  expect(build.status, `electron-vite build\n${build.stderr}`).toBe(0)
  const handle = rendererProtocolHandler({ rendererDir, readFile })
  server = createServer((req, res) => {
    // Exactly what Electron hands the handler: the same path on the app:// origin.
    void handle(new Request(`${APP_ORIGIN}${req.url ?? '/'}`, { method: req.method })).then(
      async (response) => {
        res.writeHead(response.status, Object.fromEntries(response.headers))
        res.end(Buffer.from(await response.arrayBuffer()))
      },
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

test.afterAll(() => {
  server?.close()
})

test('the desktop build’s import worker reads a printed PDF under the app’s CSP', async ({
  page,
}) => {
  const workers: string[] = []
  page.on('worker', (worker) => workers.push(worker.url()))
  // The Electron page itself; without its preload the app shows nothing useful, which is fine:
  // only the page's origin and policy matter to the workers it starts.
  await page.goto(`${base}/index.html`)
  const importWorker = readdirSync(`${rendererDir}/assets`).find((f) =>
    /^importWorker-[\w-]+\.js$/.test(f),
  )
  expect(importWorker).toBeDefined()
  const pdf = readFileSync(pdfFixture('mayorkas-justified.pdf')).toString('base64')

  const events = await page.evaluate(
    ({ url, pdf }) =>
      new Promise<EngineEvent[]>((resolve, reject) => {
        const bytes = Uint8Array.from(atob(pdf), (c) => c.charCodeAt(0))
        const file = new File([bytes], 'mayorkas-justified.pdf', { type: 'application/pdf' })
        const worker = new Worker(url, { type: 'module' })
        const events: EngineEvent[] = []
        worker.addEventListener('message', (message: MessageEvent<EngineEvent>) => {
          events.push(message.data)
          if (message.data.type === 'parse-done' || message.data.type === 'engine-error')
            resolve(events)
        })
        worker.addEventListener('error', (e) => reject(new Error(e.message || 'no worker')))
        worker.postMessage({ type: 'parse', runId: 1, projectId: 'desktop', files: [file] })
      }),
    { url: `${base}/assets/${importWorker}`, pdf },
  )

  const failed = events.filter((e) => e.type === 'file-failed' || e.type === 'engine-error')
  expect(failed).toEqual([])
  const articles = events.flatMap((e) => (e.type === 'file-articles' ? e.prepared : []))
  const source = normaliseText(readFileSync(corpusPath('mayorkas-ice-sanctuary.txt'), 'utf8'))
  expect(articles.map((a) => a.article.title)).toEqual([source.slice(0, source.indexOf('\n\n'))])
  expect(words(articles[0]!.article.text)).toEqual(words(source))

  // pdf.js ran in a worker of its own, loaded from the build under the app's policy.
  const pdfWorker = workers.find((url) => /\/assets\/pdf\.worker-[\w-]+\.js$/.test(url))
  expect(pdfWorker?.startsWith(`${base}/assets/`), workers.join(', ')).toBe(true)
  const response = await page.request.get(pdfWorker!)
  expect(response.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
  expect(response.headers()['content-type']).toBe('text/javascript; charset=utf-8')
})
