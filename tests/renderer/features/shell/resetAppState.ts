import { cleanup } from '@testing-library/react'
import { clearUndo } from '../../../../src/renderer/actions/undoStack'
import { db } from '../../../../src/renderer/db/NewscoderDb'
import { resetImportRun } from '../../../../src/renderer/features/import/importRunStore'
import { resetSession } from '../../../../src/renderer/state/sessionStore'

/**
 * Puts the module singletons (session and undo stores, the Dexie tables) back to empty, so each
 * test starts from a fresh app without depending on the others' order.
 */
export async function resetAppState(): Promise<void> {
  cleanup()
  resetSession()
  clearUndo()
  resetImportRun()
  await db.open()
  await Promise.all(db.tables.map((table) => table.clear()))
}
