import { resolve, sep } from 'node:path'
import { APP_HOST, APP_SCHEME } from './appOrigin'

/**
 * The file under `rendererDir` that an app:// URL asks for, or null when the URL is for another
 * host or would leave the folder. Chromium already normalises `..` in URLs, but an encoded slash
 * (`..%2f`) survives that and only decodes here, so containment is checked on the final path.
 */
export function resolveRendererFile(rendererDir: string, url: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null

  let pathname: string
  try {
    pathname = decodeURIComponent(parsed.pathname)
  } catch {
    return null
  }
  if (pathname.includes('\0')) return null
  if (pathname === '/' || pathname === '') pathname = '/index.html'

  const root = resolve(rendererDir)
  const file = resolve(root, `.${pathname}`)
  return file.startsWith(root + sep) ? file : null
}
