import { create } from 'zustand'

/** A reversible user action. Both directions write to Dexie in their own transaction. */
export type UndoableCommand = {
  label: string
  undo: () => Promise<void>
  redo: () => Promise<void>
}

type UndoState = {
  past: UndoableCommand[]
  future: UndoableCommand[]
}

/** Undo history is per session and bounded; older steps fall off the bottom. */
const MAX_UNDO_STEPS = 200

/** The undo/redo history of annotation edits. */
export const useUndoStack = create<UndoState>()(() => ({ past: [], future: [] }))

/** Records a command that has just been done; clears the redo branch. */
export function pushUndo(command: UndoableCommand): void {
  useUndoStack.setState((s) => ({
    past: [...s.past.slice(-(MAX_UNDO_STEPS - 1)), command],
    future: [],
  }))
}

// Undo and redo run one at a time: a second Ctrl+Z while the first is writing waits its turn.
let queue: Promise<unknown> = Promise.resolve()

function enqueue<T>(work: () => Promise<T>): Promise<T> {
  const next = queue.then(work, work)
  queue = next.catch(() => undefined)
  return next
}

/** Undoes the last command; resolves to its label, or null when there is nothing to undo. */
export function undo(): Promise<string | null> {
  return enqueue(async () => {
    const command = useUndoStack.getState().past.at(-1)
    if (!command) return null
    await command.undo()
    useUndoStack.setState((s) => ({ past: s.past.slice(0, -1), future: [...s.future, command] }))
    return command.label
  })
}

/** Redoes the last undone command; resolves to its label, or null when there is nothing to redo. */
export function redo(): Promise<string | null> {
  return enqueue(async () => {
    const command = useUndoStack.getState().future.at(-1)
    if (!command) return null
    await command.redo()
    useUndoStack.setState((s) => ({ future: s.future.slice(0, -1), past: [...s.past, command] }))
    return command.label
  })
}

/** Forgets all history, e.g. when switching projects; also used by tests. */
export function clearUndo(): void {
  useUndoStack.setState({ past: [], future: [] })
}
