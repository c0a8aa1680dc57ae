import type { Shell, WebContents } from 'electron'
import { isAllowedNavigation, isExternalWebUrl } from './isAllowedNavigation'

export type HardenWebContentsDeps = {
  shell: Pick<Shell, 'openExternal'>
  devServerUrl?: string
  log?: (message: string) => void
}

/**
 * Keeps a window on the app: no pop-ups (web links go to the system browser), no navigation or
 * redirect away from the app origin, no <webview>.
 */
export function hardenWebContents(contents: WebContents, deps: HardenWebContentsDeps): void {
  const log = deps.log ?? console.warn

  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalWebUrl(url)) {
      deps.shell.openExternal(url).catch((error: unknown) => log(`openExternal failed: ${error}`))
    } else {
      log(`Blocked window.open of ${url}`)
    }
    return { action: 'deny' }
  })

  const guard = (event: { preventDefault: () => void }, url: string) => {
    if (isAllowedNavigation(url, deps.devServerUrl)) return
    event.preventDefault()
    log(`Blocked navigation to ${url}`)
  }
  contents.on('will-navigate', (event) => guard(event, event.url))
  contents.on('will-redirect', (event) => guard(event, event.url))

  contents.on('will-attach-webview', (event) => {
    event.preventDefault()
    log('Blocked a <webview>')
  })
}
