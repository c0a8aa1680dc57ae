import type { ReactNode } from 'react'
import { Modal } from '../shell/Modal'

type Props = { title: string; onClose: () => void; children: ReactNode }

/**
 * A dialog opened from inside the codebook editor. Esc closes only this dialog: the key is kept
 * from the window-wide Esc shortcut, which would close the whole editor.
 */
export function SubDialog({ title, onClose, children }: Props) {
  return (
    <Modal title={title} onClose={onClose}>
      <div
        onKeyDown={(e) => {
          if (e.key !== 'Escape') return
          e.preventDefault()
          e.stopPropagation()
          onClose()
        }}
      >
        {children}
      </div>
    </Modal>
  )
}
