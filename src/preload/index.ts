import { contextBridge, ipcRenderer } from 'electron'
import type { IpcRendererEvent } from 'electron'
import type {
  MENU_COMMAND_CHANNEL,
  MenuCommand,
  PreloadApi,
  SNAPSHOT_REQUEST_CHANNEL,
} from '../shared/ipc/contract'

// The preload runs sandboxed and may load nothing but 'electron', so the contract (which pulls in
// zod) is imported for types only; the literal below is checked against the contract's constant.
const menuCommandChannel: typeof MENU_COMMAND_CHANNEL = 'menu:command'
const snapshotRequestChannel: typeof SNAPSHOT_REQUEST_CHANNEL = 'snapshot:request'

/**
 * `window.api`: one function per contract channel and a menu-command subscription. Renderer code
 * never sees ipcRenderer or an IPC event, so a compromised page can call only these channels,
 * each of which main checks again.
 */
const api = {
  'app:info': (request) => ipcRenderer.invoke('app:info', request),
  'dialog:open-files': (request) => ipcRenderer.invoke('dialog:open-files', request),
  'dialog:open-import-files': (request) => ipcRenderer.invoke('dialog:open-import-files', request),
  'dialog:save-file': (request) => ipcRenderer.invoke('dialog:save-file', request),
  'dialog:save-files-to-folder': (request) =>
    ipcRenderer.invoke('dialog:save-files-to-folder', request),
  'shell:open-external': (request) => ipcRenderer.invoke('shell:open-external', request),
  'journal:append': (request) => ipcRenderer.invoke('journal:append', request),
  'durability:state': (request) => ipcRenderer.invoke('durability:state', request),
  'journal:read': (request) => ipcRenderer.invoke('journal:read', request),
  'snapshot:write': (request) => ipcRenderer.invoke('snapshot:write', request),
  'snapshot:list': (request) => ipcRenderer.invoke('snapshot:list', request),
  'snapshot:read': (request) => ipcRenderer.invoke('snapshot:read', request),
  'team:save-credentials': (request) => ipcRenderer.invoke('team:save-credentials', request),
  'team:forget-credentials': (request) => ipcRenderer.invoke('team:forget-credentials', request),
  'team:has-credentials': (request) => ipcRenderer.invoke('team:has-credentials', request),
  'team:request': (request) => ipcRenderer.invoke('team:request', request),
  onMenuCommand: (listener) => {
    const forward = (_event: IpcRendererEvent, command: MenuCommand) => listener(command)
    ipcRenderer.on(menuCommandChannel, forward)
    return () => {
      ipcRenderer.removeListener(menuCommandChannel, forward)
    }
  },
  onSnapshotRequest: (listener) => {
    const forward = () => listener()
    ipcRenderer.on(snapshotRequestChannel, forward)
    return () => {
      ipcRenderer.removeListener(snapshotRequestChannel, forward)
    }
  },
} satisfies PreloadApi

contextBridge.exposeInMainWorld('api', api)
