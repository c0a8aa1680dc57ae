import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { Page } from '@playwright/test'
import { build, type Rollup } from 'vite'
import { CONTENT_SECURITY_POLICY } from '../src/main/contentSecurityPolicy'
import type { QuotesJob, QuotesJobResult } from './quotesJob'

/**
 * Bundles `quotesJob.ts` (the extractor and the article generator) into one minified ES module,
 * as Vite bundles the app's Web Workers: the code that runs in the threads below is a bundle,
 * not the TypeScript sources.
 */
export async function bundleQuotesJob(): Promise<string> {
  const out = (await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      lib: {
        entry: fileURLToPath(new URL('./quotesJob.ts', import.meta.url)),
        formats: ['es'],
        fileName: 'quotesJob',
      },
    },
  })) as Rollup.RollupOutput | Rollup.RollupOutput[]
  const output = Array.isArray(out) ? out[0] : out
  const chunk = output?.output.find((o): o is Rollup.OutputChunk => o.type === 'chunk')
  if (chunk === undefined) throw new Error('the quotes job did not bundle')
  return chunk.code
}

/** Runs the job in a Node worker thread; resolves with its result and the wall time seen here. */
export async function runInWorkerThread(
  bundle: string,
  job: QuotesJob,
): Promise<QuotesJobResult & { wallMs: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'newscoder-quotes-'))
  writeFileSync(join(dir, 'quotesJob.mjs'), bundle)
  const thread = join(dir, 'thread.mjs')
  writeFileSync(
    thread,
    "import { parentPort, workerData } from 'node:worker_threads'\n" +
      "import { runQuotesJob } from './quotesJob.mjs'\n" +
      'parentPort.postMessage(runQuotesJob(workerData))\n',
  )
  const started = performance.now()
  const worker = new Worker(thread, { workerData: job })
  const result = await new Promise<QuotesJobResult>((resolve, reject) => {
    worker.once('message', resolve)
    worker.once('error', reject)
  })
  await worker.terminate()
  return { ...result, wallMs: performance.now() - started }
}

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script type="module" src="/__quotes/page.js"></script></head><body>quotes bench</body></html>`

const PAGE_SCRIPT = `const worker = new Worker('/__quotes/worker.js', { type: 'module' })
window.runQuotes = (job) => new Promise((resolve, reject) => {
  const started = performance.now()
  worker.onmessage = (e) => resolve({ ...e.data, wallMs: performance.now() - started })
  worker.onerror = (e) => reject(new Error(e.message || 'worker error'))
  worker.postMessage(job)
})
window.quotesReady = true`

const WORKER = `import { runQuotesJob } from './quotesJob.js'
self.onmessage = (e) => self.postMessage(runQuotesJob(e.data))`

/**
 * Serves a page, a module Web Worker and the bundle under `/__quotes/`, every response carrying
 * the app's Content-Security-Policy (scripts from the app only, no eval), and opens the page.
 * Returns a function that runs a job in that Web Worker.
 */
export async function openWebWorkerPage(
  page: Page,
  bundle: string,
): Promise<(job: QuotesJob) => Promise<QuotesJobResult & { wallMs: number }>> {
  const files: Record<string, [string, string]> = {
    'index.html': ['text/html', PAGE],
    'page.js': ['text/javascript', PAGE_SCRIPT],
    'worker.js': ['text/javascript', WORKER],
    'quotesJob.js': ['text/javascript', bundle],
  }
  await page.route('**/__quotes/*', (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop() ?? ''
    const file = files[name]
    if (file === undefined) return route.fulfill({ status: 404 })
    return route.fulfill({
      status: 200,
      contentType: file[0],
      headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
      body: file[1],
    })
  })
  await page.goto('/__quotes/index.html')
  await page.waitForFunction(() => (window as unknown as { quotesReady?: boolean }).quotesReady)
  return (job) =>
    page.evaluate(
      (j) =>
        (
          window as unknown as {
            runQuotes: (j: QuotesJob) => Promise<QuotesJobResult & { wallMs: number }>
          }
        ).runQuotes(j),
      job,
    )
}
