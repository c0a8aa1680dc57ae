import { isAppUrl } from '../appOrigin'

/**
 * Whether the window may navigate to `url`: only within the app itself. Links in articles open in
 * the system browser instead, so the window can never end up showing a page with our preload.
 */
export function isAllowedNavigation(url: string, devServerUrl?: string): boolean {
  return isAppUrl(url, devServerUrl)
}

/** Whether a URL is one the system browser may open: plain web links, nothing local or scripted. */
export function isExternalWebUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url)
    return protocol === 'http:' || protocol === 'https:'
  } catch {
    return false
  }
}
