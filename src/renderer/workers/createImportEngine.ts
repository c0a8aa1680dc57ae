import type { EngineEvent, EngineRequest } from './importProtocol'
import { createImportEngineCore } from './importEngineCore'

/** The renderer's handle on the import engine, wherever it runs. */
export type ImportEngine = {
  post(request: EngineRequest): void
  /** Subscribes to the engine's events; returns an unsubscribe. */
  onEvent(listener: (event: EngineEvent) => void): () => void
}

/** A file that parses longer than this is stopped (its worker is replaced) and reported. */
export const FILE_TIME_LIMIT_MS = 60_000

function inProcessEngine(): ImportEngine {
  const listeners = new Set<(event: EngineEvent) => void>()
  const handle = createImportEngineCore((event) => listeners.forEach((l) => l(event)))
  return {
    post: (request) => void handle(request),
    onEvent: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

/**
 * A worker-backed engine with a watchdog: if one file parses longer than `FILE_TIME_LIMIT_MS`
 * (a pathological page the importer's own limits missed), the worker is terminated — the only
 * way to stop synchronous code — that file is reported, and a fresh worker takes the remaining
 * files of the run. So no single file can hang an import.
 */
function workerEngine(): ImportEngine {
  const listeners = new Set<(event: EngineEvent) => void>()
  const emit = (event: EngineEvent) => listeners.forEach((l) => l(event))
  const parses = new Map<number, Extract<EngineRequest, { type: 'parse' }>>()
  let watchdog: ReturnType<typeof setTimeout> | undefined
  let worker = start()

  function start(): Worker {
    const w = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' })
    w.addEventListener('message', (message: MessageEvent<EngineEvent>) => {
      const event = message.data
      clearTimeout(watchdog)
      if (event.type === 'file-started') {
        watchdog = setTimeout(() => stall(event.runId, event.index, event.name), FILE_TIME_LIMIT_MS)
      }
      if (event.type === 'parse-done') parses.delete(event.runId)
      emit(event)
    })
    w.addEventListener('error', (error) => {
      for (const runId of parses.keys()) {
        emit({ type: 'engine-error', runId, error: error.message || 'The import worker stopped.' })
      }
      parses.clear()
    })
    return w
  }

  function stall(runId: number, index: number, name: string): void {
    worker.terminate()
    worker = start()
    const seconds = FILE_TIME_LIMIT_MS / 1000
    emit({
      type: 'file-failed',
      runId,
      index,
      name,
      error: `“${name}” took longer than ${seconds} s to read and was stopped.`,
    })
    const request = parses.get(runId)
    if (!request) return
    const rest = { ...request, files: request.files.slice(index + 1) }
    parses.set(runId, rest)
    // Indexes in events restart at 0 for the rest; the renderer counts files, not indexes.
    worker.postMessage(rest)
  }

  return {
    post: (request) => {
      // Bytes are copied, not transferred: a restarted worker may need them again. Browser
      // Files are handles and are read in the worker.
      if (request.type === 'parse') parses.set(request.runId, request)
      worker.postMessage(request)
    },
    onEvent: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

/**
 * The import engine: a module worker where the platform has one, else the same engine in-process
 * (unit tests under happy-dom), so both paths run the same code.
 */
export function createImportEngine(): ImportEngine {
  return typeof Worker === 'undefined' ? inProcessEngine() : workerEngine()
}
