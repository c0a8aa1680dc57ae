import type { PdfjsLike } from '../../shared/import/pdf/parsePdfFile'

/**
 * How long the pdf.js worker may take to load and say it is ready. Its script is about 2 MB,
 * parsed in well under a second on a slow laptop; 30 s leaves room for a machine under load
 * and still answers before the import's own 60 s per-file watchdog would.
 */
export const PDFJS_WORKER_START_MS = 30_000

let loading: Promise<PdfjsLike> | null = null

/** Starts pdf.js's own worker (bundled by Vite next to this one) and waits for its first word. */
function startPdfjsWorker(): Promise<Worker> {
  const worker = new Worker(new URL('pdfjs-dist/build/pdf.worker.mjs', import.meta.url), {
    type: 'module',
    name: 'pdf.js',
  })
  return new Promise((resolve, reject) => {
    const fail = (reason: string) => {
      clearTimeout(timer)
      worker.terminate()
      reject(new Error(`The pdf.js worker did not start: ${reason}`))
    }
    const timer = setTimeout(
      () => fail(`no answer in ${PDFJS_WORKER_START_MS / 1000} s`),
      PDFJS_WORKER_START_MS,
    )
    // pdf.js's worker posts "ready" once its script has run; a script that cannot load (missing,
    // refused by the CSP, a syntax error) fires "error" instead, usually without a message.
    const onReady = () => {
      clearTimeout(timer)
      resolve(worker)
    }
    worker.addEventListener('message', onReady, { once: true })
    const onError = (event: ErrorEvent) => fail(event.message || 'its script could not be loaded')
    worker.addEventListener('error', onError, { once: true })
  })
}

/**
 * pdf.js for the import worker: the modern build, parsing in a worker of its own, started from
 * the import worker and kept for its lifetime (ADR 0015). It cannot run in the import worker
 * itself: pdf.js's worker script, loaded into any worker, takes over that worker's messages. The
 * worker script is an asset of the app (no CDN, no blob: URL), so it loads under the app's CSP
 * (`script-src 'self'`). A failure to start rejects, and the importer reports it as the app's
 * fault, not the file's; the next PDF tries again.
 */
export function loadBrowserPdfjs(): Promise<PdfjsLike> {
  loading ??= (async () => {
    const [pdfjs, port] = await Promise.allSettled([import('pdfjs-dist'), startPdfjsWorker()])
    if (pdfjs.status === 'rejected' || port.status === 'rejected') {
      if (port.status === 'fulfilled') port.value.terminate()
      throw pdfjs.status === 'rejected' ? pdfjs.reason : (port as PromiseRejectedResult).reason
    }
    pdfjs.value.GlobalWorkerOptions.workerPort = port.value
    return pdfjs.value as unknown as PdfjsLike
  })().catch((error: unknown) => {
    loading = null
    throw error
  })
  return loading
}
