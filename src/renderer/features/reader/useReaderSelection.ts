import type { Editor } from '@tiptap/core'
import { useEffect } from 'react'
import type { OffsetMap } from '../../../shared/offsets/pmPositions'
import { useSession } from '../../state/sessionStore'
import { PLACE_CARET_EVENT } from '../tagging/focusReader'
import { ensureCaret, handleCaretKey, placeCaret } from './handleCaretKey'
import { highlightKey } from './highlightPlugin'
import { idsAtElement, innermostAnnotation } from './innermostAnnotation'
import { adoptDomSelection, readSelectionRange } from './readSelectionRange'

/** Keys after which the selection may have changed (keyboard selection in the reader). */
const SELECTION_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'])

/**
 * Wires the reader's selection to the session: a non-empty selection (mouse or Shift+arrows)
 * becomes `session.selection`, trimmed and in canonical offsets; a click on a highlight with
 * nothing selected activates the innermost span under the pointer; a click elsewhere clears both.
 * Reading happens on mouseup/keyup only, never per selectionchange, so dragging stays smooth.
 */
export function useReaderSelection(editor: Editor | null, map: OffsetMap, text: string): void {
  useEffect(() => {
    if (!editor) return
    const view = editor.view
    const dom = view.dom
    let pointerDown = false

    const sync = (event: Event) => {
      adoptDomSelection(view)
      const range = readSelectionRange(view, map, text)
      const session = useSession.getState()
      if (range) {
        const current = session.selection
        if (current?.start !== range.start || current.end !== range.end) session.setSelection(range)
        return
      }
      if (event.type === 'mouseup') {
        const spans = highlightKey.getState(view.state)?.spans
        const id = spans ? innermostAnnotation(idsAtElement(event.target), spans) : null
        if (id) {
          session.setActiveAnnotation(id)
          return
        }
      }
      if (session.selection || session.activeAnnotationId) session.setSelection(null)
    }

    const onMouseDown = (event: MouseEvent) => {
      if (event.button === 0) pointerDown = true
    }
    // Listened on the document: a drag may end outside the reader.
    const onMouseUp = (event: MouseEvent) => {
      if (!pointerDown) return
      pointerDown = false
      // Let the browser finish updating the selection for this click first.
      setTimeout(() => sync(event), 0)
    }
    const onKeyDown = (event: KeyboardEvent) => {
      handleCaretKey(view, event)
    }
    const onKeyUp = (event: KeyboardEvent) => {
      if (SELECTION_KEYS.has(event.key)) sync(event)
    }
    // A keyboard user tabbing in gets a caret at the start to select from.
    const onFocus = () => {
      if (!pointerDown) ensureCaret(view)
    }

    const onPlaceCaret = (event: Event) => {
      if (event instanceof CustomEvent && typeof event.detail === 'number') {
        placeCaret(view, map.toPos(event.detail))
      }
    }

    dom.addEventListener(PLACE_CARET_EVENT, onPlaceCaret)
    dom.addEventListener('mousedown', onMouseDown)
    dom.addEventListener('keydown', onKeyDown)
    dom.addEventListener('keyup', onKeyUp)
    dom.addEventListener('focus', onFocus)
    dom.ownerDocument.addEventListener('mouseup', onMouseUp)
    return () => {
      dom.removeEventListener(PLACE_CARET_EVENT, onPlaceCaret)
      dom.removeEventListener('mousedown', onMouseDown)
      dom.removeEventListener('keydown', onKeyDown)
      dom.removeEventListener('keyup', onKeyUp)
      dom.removeEventListener('focus', onFocus)
      dom.ownerDocument.removeEventListener('mouseup', onMouseUp)
    }
  }, [editor, map, text])
}
