import { BrowserWindow, nativeTheme } from 'electron'
import { windowOptions } from './windowOptions'

/**
 * Opens the main window on `url` and shows it once the first frame is painted. Hardening of its
 * web contents happens for every web contents in index.ts, so a window created elsewhere cannot
 * skip it.
 */
export function createMainWindow(preloadPath: string, url: string): BrowserWindow {
  const window = new BrowserWindow(
    windowOptions(preloadPath, { dark: nativeTheme.shouldUseDarkColors }),
  )
  window.once('ready-to-show', () => window.show())
  window.loadURL(url).catch((error: unknown) => console.error(`Could not load ${url}: ${error}`))
  return window
}
