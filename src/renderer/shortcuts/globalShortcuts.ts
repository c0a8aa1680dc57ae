import type { AppCommandId } from './appCommands'
import { runAppCommand } from './appCommands'
import { isTextEntryTarget } from './isTextEntryTarget'
import { useSession } from '../state/sessionStore'

/** A keyboard shortcut as listed in the help overlay. */
export type ShortcutDescription = { keys: string; description: string }

type Binding = {
  command: AppCommandId
  /** Matches the key event (modifier and key). */
  matches: (e: KeyboardEvent) => boolean
  /** Whether the shortcut also fires while the user is typing in a text field. */
  inTextFields: boolean
}

const mod = (e: KeyboardEvent) => e.ctrlKey || e.metaKey
const key = (e: KeyboardEvent) => e.key.toLowerCase()
const overlayOpen = () => useSession.getState().overlay !== null

// Order matters: the first binding that matches wins (Ctrl+Shift+Z before Ctrl+Z).
const bindings: Binding[] = [
  { command: 'redo', matches: (e) => mod(e) && e.shiftKey && key(e) === 'z', inTextFields: false },
  {
    command: 'redo',
    matches: (e) => e.ctrlKey && !e.shiftKey && key(e) === 'y',
    inTextFields: false,
  },
  { command: 'undo', matches: (e) => mod(e) && !e.shiftKey && key(e) === 'z', inTextFields: false },
  {
    command: 'import',
    matches: (e) => mod(e) && !e.shiftKey && key(e) === 'o',
    inTextFields: true,
  },
  {
    command: 'export',
    matches: (e) => mod(e) && !e.shiftKey && key(e) === 'e',
    inTextFields: true,
  },
  // In a text field Ctrl+Shift+V is the browser's "paste as plain text"; leave it there.
  { command: 'paste', matches: (e) => mod(e) && e.shiftKey && key(e) === 'v', inTextFields: false },
  {
    command: 'help',
    matches: (e) => e.key === '?' && !e.ctrlKey && !e.metaKey && !e.altKey,
    inTextFields: false,
  },
  // Neither replaces an open dialog (its unsaved input would be lost).
  {
    command: 'palette',
    matches: (e) => mod(e) && !e.shiftKey && key(e) === 'k' && !overlayOpen(),
    inTextFields: true,
  },
  {
    command: 'complete-and-next',
    matches: (e) => mod(e) && !e.shiftKey && e.key === 'Enter' && !overlayOpen(),
    inTextFields: true,
  },
  // Esc belongs to the reader (e.g. dropping a selection) unless a dialog is open.
  {
    command: 'close-overlay',
    matches: (e) => e.key === 'Escape' && useSession.getState().overlay !== null,
    inTextFields: true,
  },
]

/** The global shortcuts, for the help overlay; "Ctrl" reads "Cmd" on a Mac. */
export const globalShortcuts: ShortcutDescription[] = [
  { keys: 'Ctrl+Z', description: 'Undo the last annotation change' },
  { keys: 'Ctrl+Shift+Z or Ctrl+Y', description: 'Redo' },
  { keys: 'Ctrl+O', description: 'Import .txt files' },
  { keys: 'Ctrl+Shift+V', description: 'Paste text as a new article' },
  { keys: 'Ctrl+E', description: 'Export CSV' },
  { keys: 'Ctrl+K', description: 'Command palette: find any code, speaker, article or action' },
  { keys: 'Ctrl+Enter', description: 'Mark the article complete and open the next one to code' },
  { keys: '?', description: 'Show keyboard shortcuts' },
  { keys: 'Esc', description: 'Close the open dialog' },
]

/**
 * Handles a keydown for the whole window. Returns the command it ran, or null when the key is
 * not a global shortcut here (already handled, typed into a text field, or no match).
 */
export function handleGlobalShortcut(event: KeyboardEvent): AppCommandId | null {
  if (event.defaultPrevented || event.isComposing) return null
  const typing = isTextEntryTarget(event.target)
  const binding = bindings.find((b) => b.matches(event) && (b.inTextFields || !typing))
  if (!binding) return null
  event.preventDefault()
  void runAppCommand(binding.command)
  return binding.command
}
