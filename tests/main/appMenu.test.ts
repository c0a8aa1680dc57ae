import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import type { MenuCommand } from '../../src/shared/ipc/contract'
import { menuCommandSchema } from '../../src/shared/ipc/contract'
import { appMenuTemplate } from '../../src/main/appMenu'

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu) : []),
  ])
}

function build(platform: string, isDev = false) {
  const send = vi.fn<(command: MenuCommand) => void>()
  const template = appMenuTemplate({ platform, isDev, appName: 'Newscoder', send })
  return { template, items: flatten(template), send }
}

function click(item: MenuItemConstructorOptions | undefined) {
  ;(item?.click as (() => void) | undefined)?.()
}

describe('appMenuTemplate', () => {
  it('has File, Edit, View and Help menus, plus the app menu on macOS', () => {
    expect(build('linux').template.map((m) => m.label ?? m.role)).toEqual([
      'File',
      'Edit',
      'View',
      'help',
    ])
    expect(build('darwin').template[0]?.label).toBe('Newscoder')
  })

  it('sends a contract menu command for every app action', () => {
    for (const platform of ['linux', 'darwin']) {
      const { items, send } = build(platform)
      for (const item of items.filter((i) => i.click)) click(item)
      const sent = send.mock.calls.map(([command]) => command)
      expect(new Set(sent)).toEqual(new Set(menuCommandSchema.options))
    }
  })

  it('sends undo and redo to the renderer instead of using the native roles', () => {
    const { items, send } = build('linux')
    expect(items.some((i) => i.role === 'undo' || i.role === 'redo')).toBe(false)
    click(items.find((i) => i.label === 'Undo'))
    click(items.find((i) => i.label === 'Redo'))
    expect(send.mock.calls).toEqual([['undo'], ['redo']])
  })

  it('keeps clipboard roles for text fields', () => {
    const roles = build('linux').items.map((i) => i.role)
    expect(roles).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll']))
  })

  it('offers developer tools only in development', () => {
    const hasDevTools = (isDev: boolean) =>
      build('linux', isDev).items.some((i) => i.role === 'toggleDevTools')
    expect(hasDevTools(false)).toBe(false)
    expect(hasDevTools(true)).toBe(true)
  })
})
