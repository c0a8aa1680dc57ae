import type { PreloadApi } from '../shared/ipc/contract'

// What the preload exposes, as seen from the renderer. Optional because browser mode has no
// preload: the renderer's platform module picks its implementation by checking for it.
declare global {
  interface Window {
    api?: PreloadApi
  }
}

export {}
