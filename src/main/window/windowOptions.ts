import type { BrowserWindowConstructorOptions } from 'electron'

/** Window background before the renderer paints, so opening never flashes the wrong theme. */
export const BACKGROUND_LIGHT = '#ffffff'
export const BACKGROUND_DARK = '#1e1e1e'

/**
 * Options of the main window. The renderer shows untrusted article text, so it gets no Node, an
 * isolated preload world and the OS sandbox; the preload is the only door to main.
 */
export function windowOptions(
  preloadPath: string,
  { dark = false }: { dark?: boolean } = {},
): BrowserWindowConstructorOptions {
  return {
    title: 'Newscoder',
    width: 1280,
    height: 820,
    minWidth: 720,
    minHeight: 480,
    // Shown on ready-to-show, so the user never sees an empty white frame.
    show: false,
    backgroundColor: dark ? BACKGROUND_DARK : BACKGROUND_LIGHT,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      // A file dropped on the window must reach the renderer's drop handler, not replace the app.
      navigateOnDragDrop: false,
    },
  }
}
