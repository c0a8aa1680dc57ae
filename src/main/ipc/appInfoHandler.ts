import type { App } from 'electron'
import type { AppInfo } from '../../shared/ipc/contract'

export type AppInfoDeps = {
  app: Pick<App, 'getVersion'>
  userInfo: () => { username: string }
  platform: string
}

/**
 * 'app:info': who is coding (the OS account name pre-fills the coder identity) and which build.
 * `os.userInfo()` throws when the account has no passwd entry (containers), so that yields ''.
 */
export function appInfoHandler(deps: AppInfoDeps) {
  return (): AppInfo => {
    let userName = ''
    try {
      userName = deps.userInfo().username
    } catch {
      // No resolvable account name; the renderer asks the coder instead.
    }
    return { userName, version: deps.app.getVersion(), platform: deps.platform }
  }
}
