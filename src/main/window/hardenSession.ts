import type { Session } from 'electron'
import {
  CONTENT_SECURITY_POLICY,
  devContentSecurityPolicy,
  withContentSecurityPolicy,
} from '../contentSecurityPolicy'
import { isPermissionGranted } from './isPermissionGranted'

export type HardenSessionDeps = {
  devServerUrl?: string
}

/**
 * Session-wide defences: the CSP on every response (app:// responses carry it already; this also
 * covers the dev server and anything else), and permissions denied except clipboard writes.
 */
export function hardenSession(session: Session, deps: HardenSessionDeps): void {
  const policy = deps.devServerUrl
    ? devContentSecurityPolicy(deps.devServerUrl)
    : CONTENT_SECURITY_POLICY

  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders, policy) })
  })

  session.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(isPermissionGranted(permission)),
  )
  session.setPermissionCheckHandler((_contents, permission) => isPermissionGranted(permission))
  session.setDevicePermissionHandler(() => false)
}
