import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '../shared/ipc/contract'

export type AppMenuOptions = {
  platform: string
  isDev: boolean
  appName: string
  /** Forwards a command to the focused window's renderer, where the app's actions live. */
  send: (command: MenuCommand) => void
}

/**
 * The native menu bar as a template (Menu.buildFromTemplate turns it into a menu in index.ts).
 * App actions, undo/redo included, are sent to the renderer as commands instead of using roles:
 * undoing a coded span is app state, not the text field's native undo. Accelerators match the
 * renderer's keyboard shortcuts, which must preventDefault so a key press does not fire twice.
 */
export function appMenuTemplate(options: AppMenuOptions): MenuItemConstructorOptions[] {
  const { send } = options
  const isMac = options.platform === 'darwin'
  const command = (
    label: string,
    name: MenuCommand,
    accelerator?: string,
  ): MenuItemConstructorOptions => ({ label, click: () => send(name), accelerator })

  const macAppMenu: MenuItemConstructorOptions = {
    label: options.appName,
    submenu: [
      { role: 'about' },
      { type: 'separator' },
      command('Settings…', 'settings', 'CmdOrCtrl+,'),
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  }

  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      command('New project', 'new-project', 'CmdOrCtrl+Shift+N'),
      { type: 'separator' },
      command('Import…', 'import', 'CmdOrCtrl+O'),
      command('Paste text…', 'paste', 'CmdOrCtrl+Shift+V'),
      { type: 'separator' },
      command('Export CSV…', 'export', 'CmdOrCtrl+E'),
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  }

  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      command('Undo', 'undo', 'CmdOrCtrl+Z'),
      command('Redo', 'redo', isMac ? 'Shift+Cmd+Z' : 'Ctrl+Y'),
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  }

  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      { role: 'reload' },
      ...(options.isDev ? [{ role: 'toggleDevTools' } as const] : []),
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      // On macOS Settings lives in the app menu, where users look for it.
      ...(isMac
        ? []
        : [{ type: 'separator' } as const, command('Settings…', 'settings', 'Ctrl+,')]),
    ],
  }

  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [command('Keyboard shortcuts', 'help', 'F1')],
  }

  return [...(isMac ? [macAppMenu] : []), file, edit, view, help]
}
