import type { Shell } from 'electron'
import type { IpcRequest } from '../../shared/ipc/contract'
import { isExternalWebUrl } from '../window/isAllowedNavigation'

export type OpenExternalDeps = { shell: Pick<Shell, 'openExternal'> }

/**
 * 'shell:open-external': opens a web link in the system browser. The schema already allows only
 * http(s); checking again here keeps a future schema edit from handing `file:` or a custom
 * protocol handler to the OS.
 */
export function openExternalHandler(deps: OpenExternalDeps) {
  return async (request: IpcRequest<'shell:open-external'>): Promise<true> => {
    if (!isExternalWebUrl(request.url)) throw new Error('Only http and https links can be opened.')
    await deps.shell.openExternal(request.url)
    return true
  }
}
