import type * as FsPromises from 'node:fs/promises'
import type { App, Dialog, IpcMain, SafeStorage, Shell } from 'electron'
import { durabilityHandlers } from '../durability/durabilityHandlers'
import type { DurabilityService } from '../durability/openDurability'
import { appInfoHandler } from './appInfoHandler'
import { openExternalHandler } from './openExternalHandler'
import { openImportFilesHandler } from './openImportFilesHandler'
import { openFilesHandler } from './openFilesHandler'
import type { IpcChannel } from '../../shared/ipc/contract'
import type { IpcHandler, RegisterHandlerDeps } from './registerHandler'
import { registerHandler } from './registerHandler'
import { saveFileHandler } from './saveFileHandler'
import { saveFilesToFolderHandler } from './saveFilesToFolderHandler'
import type { WindowForEvent } from './windowForEvent'
import { credentialStore } from '../team/credentialStore'
import type { TeamFetch } from '../team/teamRequestHandler'
import { credentialHandlers, teamRequestHandler } from '../team/teamRequestHandler'

export type IpcHandlersDeps = RegisterHandlerDeps & {
  ipcMain: Pick<IpcMain, 'handle'>
  app: Pick<App, 'getVersion'>
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>
  shell: Pick<Shell, 'openExternal'>
  fs: Pick<typeof FsPromises, 'stat' | 'readFile' | 'readdir' | 'open' | 'rename' | 'rm'>
  userInfo: () => { username: string }
  platform: string
  windowFor: WindowForEvent
  /** Journal and snapshots being opened; undefined where there are none (their calls then fail). */
  durability?: Promise<DurabilityService>
  /** Team sync: encryption for stored passwords, the folder they live in, and the HTTP client. */
  team: {
    safeStorage: Pick<SafeStorage, 'isEncryptionAvailable' | 'encryptString' | 'decryptString'>
    dataFolder: string
    fetch: TeamFetch
  }
}

/**
 * Registers a handler for every channel of the contract. The mapped type makes a channel added
 * to the contract without a handler a compile error rather than a silent "no handler" at runtime.
 */
export function registerIpcHandlers(deps: IpcHandlersDeps): void {
  const credentials = credentialStore({ fs: deps.fs, ...deps.team })
  const handlers: { [C in IpcChannel]: IpcHandler<C> } = {
    'app:info': appInfoHandler(deps),
    'dialog:open-files': openFilesHandler(deps),
    'dialog:open-import-files': openImportFilesHandler(deps),
    'dialog:save-file': saveFileHandler(deps),
    'dialog:save-files-to-folder': saveFilesToFolderHandler(deps),
    'shell:open-external': openExternalHandler(deps),
    ...durabilityHandlers(deps.durability),
    ...credentialHandlers(credentials),
    'team:request': teamRequestHandler({ fetch: deps.team.fetch, credentials }),
  }
  const register = <C extends IpcChannel>(channel: C) =>
    registerHandler(deps.ipcMain, channel, handlers[channel], deps)
  for (const channel of Object.keys(handlers) as IpcChannel[]) register(channel)
}
