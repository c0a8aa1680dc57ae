import { useEffect, useState } from 'react'
import { readDroppedItems } from '../../platform/readDroppedItems'
import { useSession } from '../../state/sessionStore'
import { errorMessage } from '../shell/errorMessage'
import { importPickedFiles } from './importPickedFiles'

// Only file drags: dragging selected text inside the reader must not show the drop overlay.
function carriesFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer?.types ?? []).includes('Files')
}

/**
 * Accepts files and folders dropped anywhere on the window and imports them like picked ones. Returns
 * whether files are being dragged over the window, to show the drop overlay.
 */
export function useFileDrop(): boolean {
  const [dragging, setDragging] = useState(false)

  useEffect(() => {
    // dragenter/dragleave fire for every child element; count them to know when the drag left.
    let depth = 0
    const onEnter = (e: DragEvent) => {
      if (!carriesFiles(e)) return
      e.preventDefault()
      depth += 1
      setDragging(true)
    }
    const onOver = (e: DragEvent) => {
      if (!carriesFiles(e)) return
      // Without preventDefault the browser would open the file instead of dropping it here.
      e.preventDefault()
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy'
    }
    const onLeave = (e: DragEvent) => {
      if (!carriesFiles(e)) return
      depth = Math.max(0, depth - 1)
      if (depth === 0) setDragging(false)
    }
    const onDrop = (e: DragEvent) => {
      if (!carriesFiles(e)) return
      e.preventDefault()
      depth = 0
      setDragging(false)
      if (!e.dataTransfer) return
      readDroppedItems(e.dataTransfer)
        .then(importPickedFiles)
        .catch((error: unknown) => useSession.getState().notify('error', errorMessage(error)))
    }
    window.addEventListener('dragenter', onEnter)
    window.addEventListener('dragover', onOver)
    window.addEventListener('dragleave', onLeave)
    window.addEventListener('drop', onDrop)
    return () => {
      window.removeEventListener('dragenter', onEnter)
      window.removeEventListener('dragover', onOver)
      window.removeEventListener('dragleave', onLeave)
      window.removeEventListener('drop', onDrop)
    }
  }, [])

  return dragging
}
