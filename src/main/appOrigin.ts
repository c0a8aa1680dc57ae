/**
 * The renderer's one and only origin. IndexedDB (the research data) is keyed by origin, so this
 * must never change between releases: a new host or scheme would show users an empty project list
 * (electron/electron#37702 is the file:// variant of that trap).
 */
export const APP_SCHEME = 'app'
export const APP_HOST = 'newscoder'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

/**
 * True when `url` belongs to the renderer we ship, or to the electron-vite dev server in
 * development. Compares scheme and host by hand because Node's URL reports a custom scheme's
 * origin as the string "null".
 */
export function isAppUrl(url: string, devServerUrl?: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST) return true
  if (!devServerUrl) return false
  try {
    return parsed.origin === new URL(devServerUrl).origin
  } catch {
    return false
  }
}
