import { globalShortcuts } from '../../shortcuts/globalShortcuts'
import { taggingShortcuts } from '../tagging/taggingShortcuts'
import { Modal } from '../shell/Modal'
import { useCloseOverlay } from '../shell/useCloseOverlay'
import { ShortcutTable } from './ShortcutTable'

// Mac users press Cmd where the tables say Ctrl.
const isMac = typeof navigator !== 'undefined' && /Mac/i.test(navigator.platform)

/** Lists every keyboard shortcut: the app-wide ones and the reader's tagging keys. */
export function HelpDialog() {
  const close = useCloseOverlay()
  const global = isMac
    ? globalShortcuts.map((s) => ({ ...s, keys: s.keys.replace(/Ctrl\+(?!Y)/g, 'Cmd+') }))
    : globalShortcuts
  return (
    <Modal title="Keyboard shortcuts" onClose={close} className="modal-wide">
      <div className="shortcut-columns">
        <ShortcutTable caption="Everywhere" shortcuts={global} />
        <ShortcutTable caption="Reading and tagging" shortcuts={taggingShortcuts} />
      </div>
      <p className="hint">Undo and redo leave text fields alone: there they undo your typing.</p>
    </Modal>
  )
}
