/// <reference lib="webworker" />
import type { GzipWorkerRequest } from './gzipWorkerCore'
import { createGzipSession } from './gzipWorkerCore'

// Compresses one zip entry off the UI thread, so a large export builds its next batch of CSV
// while this one is deflated (see workerGzip).
const scope = self as unknown as DedicatedWorkerGlobalScope
const session = createGzipSession()
scope.addEventListener('message', (message: MessageEvent<GzipWorkerRequest>) => {
  const reply = session(message.data)
  scope.postMessage(reply, 'out' in reply ? reply.out.map((chunk) => chunk.buffer) : [])
})
