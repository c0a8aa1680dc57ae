/// <reference lib="webworker" />
import type { EngineEvent, EngineRequest } from './importProtocol'
import { createImportEngineCore } from './importEngineCore'
import { loadBrowserPdfjs } from './loadBrowserPdfjs'

// The import worker: runs the engine off the UI thread (ADR 0006). Parses overlap with cancels
// only through messages, so requests are not awaited here: a cancel must reach a running parse.
const scope = self as unknown as DedicatedWorkerGlobalScope
const handle = createImportEngineCore(
  (event: EngineEvent) => scope.postMessage(event),
  loadBrowserPdfjs,
)
scope.addEventListener('message', (message: MessageEvent<EngineRequest>) => {
  void handle(message.data)
})
