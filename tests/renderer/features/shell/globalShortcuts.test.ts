import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { pushUndo, useUndoStack } from '../../../../src/renderer/actions/undoStack'
import { handleGlobalShortcut } from '../../../../src/renderer/shortcuts/globalShortcuts'
import { useSession } from '../../../../src/renderer/state/sessionStore'
import { resetAppState } from './resetAppState'

function press(target: HTMLElement, init: KeyboardEventInit): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init })
  target.dispatchEvent(event)
  return event
}

function pushSpanDeletion() {
  const command = { label: 'Delete span', undo: vi.fn(async () => {}), redo: vi.fn(async () => {}) }
  pushUndo(command)
  return command
}

const settled = () =>
  vi.waitFor(() => expect(useSession.getState().notices.length).toBeGreaterThan(0))

describe('global shortcuts', () => {
  beforeEach(async () => {
    await resetAppState()
    window.addEventListener('keydown', handleGlobalShortcut)
  })
  afterEach(() => {
    window.removeEventListener('keydown', handleGlobalShortcut)
    document.body.innerHTML = ''
  })

  it('undoes with Ctrl+Z and says what was undone', async () => {
    const command = pushSpanDeletion()
    const event = press(document.body, { key: 'z', ctrlKey: true })
    expect(event.defaultPrevented).toBe(true)
    await settled()
    expect(command.undo).toHaveBeenCalledTimes(1)
    expect(useSession.getState().notices.at(-1)?.text).toBe('Undid: Delete span')
    expect(useUndoStack.getState().future).toHaveLength(1)
  })

  it('redoes with Ctrl+Shift+Z and with Ctrl+Y', async () => {
    const command = pushSpanDeletion()
    press(document.body, { key: 'z', metaKey: true })
    await vi.waitFor(() => expect(useUndoStack.getState().future).toHaveLength(1))
    press(document.body, { key: 'Z', ctrlKey: true, shiftKey: true })
    await vi.waitFor(() => expect(command.redo).toHaveBeenCalledTimes(1))
    press(document.body, { key: 'z', ctrlKey: true })
    await vi.waitFor(() => expect(command.undo).toHaveBeenCalledTimes(2))
    press(document.body, { key: 'y', ctrlKey: true })
    await vi.waitFor(() => expect(command.redo).toHaveBeenCalledTimes(2))
    expect(useSession.getState().notices.at(-1)?.text).toBe('Redid: Delete span')
  })

  it('leaves Ctrl+Z and Ctrl+Y to text fields, where they undo typing', async () => {
    const command = pushSpanDeletion()
    const input = document.createElement('input')
    const textarea = document.createElement('textarea')
    document.body.append(input, textarea)
    expect(press(input, { key: 'z', ctrlKey: true }).defaultPrevented).toBe(false)
    expect(press(textarea, { key: 'z', ctrlKey: true, shiftKey: true }).defaultPrevented).toBe(
      false,
    )
    expect(press(textarea, { key: 'y', ctrlKey: true }).defaultPrevented).toBe(false)
    await new Promise((resolve) => setTimeout(resolve, 20))
    expect(command.undo).not.toHaveBeenCalled()
    expect(command.redo).not.toHaveBeenCalled()
  })

  it('opens the help with "?" except while typing', () => {
    const input = document.createElement('input')
    document.body.append(input)
    press(input, { key: '?' })
    expect(useSession.getState().overlay).toBeNull()
    press(document.body, { key: '?' })
    expect(useSession.getState().overlay).toBe('help')
  })

  it('closes an open dialog with Esc, and leaves Esc alone when none is open', () => {
    expect(press(document.body, { key: 'Escape' }).defaultPrevented).toBe(false)
    useSession.getState().setOverlay('settings')
    expect(press(document.body, { key: 'Escape' }).defaultPrevented).toBe(true)
    expect(useSession.getState().overlay).toBeNull()
  })

  it('opens the paste dialog and export only with a project open', () => {
    press(document.body, { key: 'E', ctrlKey: true })
    expect(useSession.getState().overlay).toBeNull()
    expect(useSession.getState().notices.at(-1)?.kind).toBe('error')
    useSession.getState().openProject('p1')
    press(document.body, { key: 'e', ctrlKey: true })
    expect(useSession.getState().overlay).toBe('export')
    press(document.body, { key: 'V', ctrlKey: true, shiftKey: true })
    expect(useSession.getState().overlay).toBe('paste')
  })
})
