import { create } from 'zustand'

/**
 * What the save indicator says. `off`: no journal (browser mode, or before the desktop app has
 * connected it), so no indicator is shown. `saving`: a change is committed to IndexedDB but main
 * has not yet confirmed it on disk in the journal. `saved`: every change is fsynced in the
 * journal. `failed`: the journal refused the latest changes (full disk, I/O error); they are in
 * IndexedDB only, until a later change is journaled again.
 */
export type SaveStatus = 'off' | 'saving' | 'saved' | 'failed'

/** The save status of the desktop app's journal. Session state only; no research data. */
export const useSaveStatus = create<{ status: SaveStatus }>()(() => ({ status: 'off' }))

/** Sets the save status; a no-op when it is unchanged, so writes do not re-render anything. */
export function setSaveStatus(status: SaveStatus): void {
  if (useSaveStatus.getState().status !== status) useSaveStatus.setState({ status })
}
