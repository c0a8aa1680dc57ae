/// <reference lib="webworker" />
import { createTextSearchCore } from './textSearchCore'
import type { TextSearchRequest } from './textSearchProtocol'

// The document list's text search, off the UI thread (see textSearchCore).
const scope = self as unknown as DedicatedWorkerGlobalScope
const handle = createTextSearchCore((result) => scope.postMessage(result))
scope.addEventListener('message', (message: MessageEvent<TextSearchRequest>) => {
  void handle(message.data)
})
