import { useUndoStack } from '../../actions/undoStack'
import { runAppCommand } from '../../shortcuts/appCommands'

/** Undo and Redo, disabled when there is nothing to undo or redo; the tooltip names the step. */
export function UndoRedoButtons() {
  const nextUndo = useUndoStack((s) => s.past.at(-1)?.label)
  const nextRedo = useUndoStack((s) => s.future.at(-1)?.label)
  return (
    <div className="button-group" role="group" aria-label="History">
      <button
        type="button"
        aria-label="Undo"
        title={nextUndo ? `Undo: ${nextUndo} (Ctrl+Z)` : 'Nothing to undo'}
        disabled={nextUndo === undefined}
        onClick={() => void runAppCommand('undo')}
      >
        ↶
      </button>
      <button
        type="button"
        aria-label="Redo"
        title={nextRedo ? `Redo: ${nextRedo} (Ctrl+Shift+Z)` : 'Nothing to redo'}
        disabled={nextRedo === undefined}
        onClick={() => void runAppCommand('redo')}
      >
        ↷
      </button>
    </div>
  )
}
