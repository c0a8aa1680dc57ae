import * as fs from 'node:fs/promises'
import { userInfo } from 'node:os'
import { join } from 'node:path'
import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  net,
  protocol,
  safeStorage,
  session,
  shell,
} from 'electron'
import { MENU_COMMAND_CHANNEL, SNAPSHOT_REQUEST_CHANNEL } from '../shared/ipc/contract'
import type { MenuCommand } from '../shared/ipc/contract'
import { appMenuTemplate } from './appMenu'
import { APP_ENTRY_URL } from './appOrigin'
import { registerAppScheme, serveRenderer } from './appScheme'
import { openDurability } from './durability/openDurability'
import { quitSnapshot } from './durability/quitSnapshot'
import { registerIpcHandlers } from './ipc/registerIpcHandlers'
import { createMainWindow } from './window/createMainWindow'
import { hardenSession } from './window/hardenSession'
import { hardenWebContents } from './window/hardenWebContents'

// The dev server is trusted only in an unpackaged run: an environment variable must never be able
// to point a shipped app at another origin.
const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL']
const preloadPath = join(import.meta.dirname, '../preload/index.cjs')
const rendererDir = join(import.meta.dirname, '../renderer')

// IndexedDB lives in userData, whose default follows package.json's name/productName: pin it,
// so renaming the product can never strand the researchers' data.
app.setPath('userData', join(app.getPath('appData'), 'newscoder'))
// Chromium fixes scheme privileges at startup, so this must run before `ready`.
registerAppScheme(protocol)

if (!app.requestSingleInstanceLock()) {
  // Two instances would write the same IndexedDB from two processes.
  app.quit()
} else {
  app.on('second-instance', focusMainWindow)
  app.on('web-contents-created', (_event, contents) =>
    hardenWebContents(contents, { shell, devServerUrl }),
  )
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow()
  })
  void app.whenReady().then(start)
}

function start(): void {
  serveRenderer(protocol, rendererDir)
  hardenSession(session.defaultSession, { devServerUrl })
  // Journal and snapshots live in userData/journal and userData/snapshots, beside (not inside)
  // Chromium's IndexedDB folder, so a wiped profile database does not take them along.
  const durability = openDurability({
    fs,
    dataFolder: app.getPath('userData'),
    runtimeVersion: `${app.getVersion()} (Electron ${process.versions.electron})`,
  })
  durability.catch((error: unknown) => console.error('Backup journal unavailable:', error))
  app.on('before-quit', (event) => onQuit.intercept(event, () => app.quit()))
  app.on('will-quit', () => void durability.then((service) => service.close()).catch(() => {}))
  registerIpcHandlers({
    // A 'quit' snapshot on disk releases the quit that asked for it.
    durability: durability.then((service) => ({
      ...service,
      writeSnapshot: async (request) => {
        const info = await service.writeSnapshot(request)
        if (request.reason === 'quit') onQuit.snapshotWritten()
        return info
      },
    })),
    ipcMain,
    app,
    dialog,
    shell,
    fs,
    userInfo,
    platform: process.platform,
    windowFor: (event) => BrowserWindow.fromWebContents(event.sender),
    devServerUrl,
    // Team sync talks to the lab's CouchDB from main: Chromium's network stack (system
    // certificates and proxies), no CORS, and passwords that never reach the page.
    team: {
      safeStorage,
      dataFolder: app.getPath('userData'),
      fetch: (url, init) => net.fetch(url, init),
    },
  })
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      appMenuTemplate({
        platform: process.platform,
        isDev: !app.isPackaged,
        appName: 'Newscoder',
        send: sendMenuCommand,
      }),
    ),
  )
  openMainWindow()
}

// Quitting, and closing the window (which on Windows and Linux quits after the renderer is
// gone), first let the renderer write a snapshot; see quitSnapshot for the timeout.
const onQuit = quitSnapshot({
  request: () => {
    const window = BrowserWindow.getAllWindows().find((w) => !w.webContents.isDestroyed())
    window?.webContents.send(SNAPSHOT_REQUEST_CHANNEL)
    return window !== undefined
  },
  setTimer: (callback, ms) => setTimeout(callback, ms),
  clearTimer: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
})

function openMainWindow(): BrowserWindow {
  const window = createMainWindow(preloadPath, devServerUrl ?? APP_ENTRY_URL)
  onQuit.rearm()
  window.on('close', (event) => onQuit.intercept(event, () => window.close()))
  return window
}

function focusMainWindow(): void {
  const window = BrowserWindow.getAllWindows()[0] ?? openMainWindow()
  if (window.isMinimized()) window.restore()
  window.focus()
}

function sendMenuCommand(command: MenuCommand): void {
  const window = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0]
  window?.webContents.send(MENU_COMMAND_CHANNEL, command)
}
