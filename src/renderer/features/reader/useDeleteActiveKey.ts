import { useEffect } from 'react'
import { deleteAnnotation } from '../../actions/annotationActions'
import { useSession } from '../../state/sessionStore'
import { isTextEntry } from './isTextEntry'

/**
 * Delete or Backspace removes the active span (undoable with Ctrl+Z), unless focus is where those
 * keys edit text or a dialog is open.
 */
export function useDeleteActiveKey(documentId: string): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Delete' && event.key !== 'Backspace') return
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return
      const session = useSession.getState()
      const id = session.activeAnnotationId
      if (!id || session.overlay !== null || isTextEntry(event.target)) return
      event.preventDefault()
      session.setActiveAnnotation(null)
      deleteAnnotation(id).then(
        () => useSession.getState().notify('info', 'Span deleted. Ctrl+Z brings it back.'),
        (error: unknown) =>
          useSession
            .getState()
            .notify('error', error instanceof Error ? error.message : String(error)),
      )
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [documentId])
}
