/** How long quitting waits for the renderer's snapshot before it goes on without one. */
export const QUIT_SNAPSHOT_TIMEOUT_MS = 5000

/** A cancellable event, as Electron's `before-quit` and a window's `close` pass it. */
export type PreventableEvent = { preventDefault(): void }

/** What the quit snapshot needs from its surroundings, so tests drive it without Electron. */
export type QuitSnapshotDeps = {
  /** Asks the renderer for a snapshot; false when no window is there to ask. */
  request(): boolean
  setTimer(callback: () => void, ms: number): unknown
  clearTimer(timer: unknown): void
  timeoutMs?: number
}

/**
 * Holds a quit (or the closing of the main window) until the renderer has written its 'quit'
 * snapshot over `snapshot:write`, or until the timeout: a hung renderer must never keep the app
 * from quitting. `intercept` is called from the event; `proceed` repeats the quit or close, which
 * then passes. `snapshotWritten` is called by the snapshot handler when a 'quit' snapshot is on
 * disk. Once a quit or close has passed, later ones pass too (quitting closes the window, which
 * must not ask again) until `rearm`, called when a new window opens.
 */
export function quitSnapshot(deps: QuitSnapshotDeps): {
  intercept(event: PreventableEvent, proceed: () => void): void
  snapshotWritten(): void
  rearm(): void
} {
  let pending: { proceed: () => void; timer: unknown } | null = null
  let released = false

  const finish = () => {
    if (!pending) return
    const { proceed, timer } = pending
    pending = null
    deps.clearTimer(timer)
    released = true
    proceed()
  }

  return {
    intercept(event, proceed) {
      if (released) return
      event.preventDefault()
      // A second quit while waiting (the user pressing Quit again) waits for the same snapshot.
      if (pending) {
        pending.proceed = proceed
        return
      }
      if (!deps.request()) {
        released = true
        proceed()
        return
      }
      pending = {
        proceed,
        timer: deps.setTimer(finish, deps.timeoutMs ?? QUIT_SNAPSHOT_TIMEOUT_MS),
      }
    },
    snapshotWritten: finish,
    rearm: () => {
      released = false
    },
  }
}
