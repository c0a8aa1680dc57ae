import type { IpcResult, PreloadApi } from '../../shared/ipc/contract'
import { electronDurability } from './electronDurability'
import type { PlatformApi } from './PlatformApi'

function unwrap<T>(result: IpcResult<T>): T {
  if (!result.ok) throw new Error(result.error)
  return result.value
}

/** The desktop app: every OS call goes through the preload's typed API to main. */
export function electronPlatform(api: PreloadApi): PlatformApi {
  return {
    kind: 'electron',
    openImportFiles: async ({ folder }) =>
      unwrap(await api['dialog:open-import-files']({ folder })),
    openFiles: async (kind) => unwrap(await api['dialog:open-files'](kind)),
    saveFile: async (request) => {
      const value = unwrap(await api['dialog:save-file'](request))
      return 'path' in value
    },
    saveFilesToFolder: async (request) => {
      const value = unwrap(await api['dialog:save-files-to-folder'](request))
      return 'names' in value ? value.names : null
    },
    defaultCoderName: async () => {
      const info = unwrap(await api['app:info']({}))
      return info.userName.trim() || 'Coder 1'
    },
    openExternal: async (url) => {
      unwrap(await api['shell:open-external']({ url }))
    },
    onMenuCommand: (listener) => api.onMenuCommand(listener),
    durability: electronDurability(api),
    team: {
      request: async (request) => unwrap(await api['team:request'](request)),
      saveCredentials: async (account, password) =>
        unwrap(await api['team:save-credentials']({ ...account, password })),
      forgetCredentials: async (account) => {
        unwrap(await api['team:forget-credentials'](account))
      },
      hasCredentials: async (account) => unwrap(await api['team:has-credentials'](account)),
    },
  }
}
