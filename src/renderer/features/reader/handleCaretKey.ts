import { TextSelection } from '@tiptap/pm/state'
import type { EditorView } from '@tiptap/pm/view'
import { adoptDomSelection } from './readSelectionRange'

type Move = { direction: 'forward' | 'backward'; granularity: string }

function moveFor(event: KeyboardEvent): Move | null {
  const word = event.ctrlKey || event.altKey
  switch (event.key) {
    case 'ArrowLeft':
      return { direction: 'backward', granularity: word ? 'word' : 'character' }
    case 'ArrowRight':
      return { direction: 'forward', granularity: word ? 'word' : 'character' }
    case 'ArrowUp':
      return { direction: 'backward', granularity: 'line' }
    case 'ArrowDown':
      return { direction: 'forward', granularity: 'line' }
    case 'Home':
      return { direction: 'backward', granularity: 'lineboundary' }
    case 'End':
      return { direction: 'forward', granularity: 'lineboundary' }
    default:
      return null
  }
}

/**
 * Collapses the reader's selection at a ProseMirror position, in ProseMirror's state as well as
 * in the DOM: otherwise the next redraw writes the old range back, and a drag that starts inside
 * it moves the "selected" text instead of selecting anew.
 */
export function placeCaret(view: EditorView, pos: number): Selection | null {
  const sel = view.dom.ownerDocument.getSelection()
  if (!sel) return null
  try {
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, pos)))
    const { node, offset } = view.domAtPos(pos)
    sel.collapse(node, offset)
  } catch {
    return null
  }
  return sel
}

/**
 * Makes sure the reader holds the DOM selection, placing a caret at the start of the first line
 * in view when it does not (so Shift+arrows start where the user is reading, not at the top).
 */
export function ensureCaret(view: EditorView): Selection | null {
  const sel = view.dom.ownerDocument.getSelection()
  if (!sel) return null
  if (sel.rangeCount > 0 && sel.anchorNode && view.dom.contains(sel.anchorNode)) return sel
  const rect = view.dom.getBoundingClientRect()
  // A point a little inside the reader's visible top-left corner.
  let pos = 1
  try {
    pos = view.posAtCoords({ left: rect.left + 4, top: Math.max(rect.top, 0) + 12 })?.pos ?? 1
  } catch {
    // No layout (e.g. a test DOM): the start of the text will do.
  }
  return placeCaret(view, pos)
}

/**
 * Keyboard selection in the read-only reader. Browsers move no caret in non-editable content
 * (without caret browsing), so Shift+arrows, Shift+Home/End and Ctrl/Alt for words are applied
 * with `Selection.modify`; plain Left/Right move the caret. Plain Up/Down/Home/End are left to
 * the browser so they keep scrolling the article. Returns true when the key was handled.
 */
export function handleCaretKey(view: EditorView, event: KeyboardEvent): boolean {
  const move = moveFor(event)
  if (!move) return false
  const vertical = event.key !== 'ArrowLeft' && event.key !== 'ArrowRight'
  if (!event.shiftKey && vertical) return false
  const sel = ensureCaret(view)
  // Selection.modify is non-standard but present in Chromium (Electron), Firefox and Safari.
  if (!sel || typeof sel.modify !== 'function') return false
  event.preventDefault()
  sel.modify(event.shiftKey ? 'extend' : 'move', move.direction, move.granularity)
  adoptDomSelection(view)
  const focus = sel.focusNode
  const element = focus instanceof Element ? focus : focus?.parentElement
  element?.scrollIntoView?.({ block: 'nearest' })
  return true
}
