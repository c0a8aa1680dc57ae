import { useState } from 'react'
import type { CodebookChange } from '../../../shared/codebook/codebookChange'
import { changeCodebook } from '../../actions/codebookActions'
import { errorMessage } from '../shell/errorMessage'

/** The editor's last outcome: the change made (undoable), a message, or why an edit was refused. */
export type EditOutcome =
  | { kind: 'done'; note: string }
  | { kind: 'info'; message: string }
  | { kind: 'refused'; message: string }
  | null

/**
 * Applies codebook edits for the editor and keeps the last outcome to show, since notices of the
 * main window sit behind the modal editor. Resolves to whether the edit was made.
 */
export function useCodebookEdit(projectId: string) {
  const [outcome, setOutcome] = useState<EditOutcome>(null)
  const edit = async (change: CodebookChange): Promise<boolean> => {
    try {
      const note = await changeCodebook(projectId, change)
      setOutcome({ kind: 'done', note })
      return true
    } catch (error) {
      setOutcome({ kind: 'refused', message: errorMessage(error) })
      return false
    }
  }
  return { edit, outcome, setOutcome }
}
