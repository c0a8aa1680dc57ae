import { db } from '../../../src/renderer/db/NewscoderDb'
import { clearUndo } from '../../../src/renderer/actions/undoStack'
import { resetSession } from '../../../src/renderer/state/sessionStore'

/** Empties every table and the in-memory stores, so each test starts from a fresh install. */
export async function resetAll(): Promise<void> {
  await Promise.all(db.tables.map((t) => t.clear()))
  clearUndo()
  resetSession()
}
