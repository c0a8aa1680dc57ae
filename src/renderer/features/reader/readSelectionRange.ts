import { TextSelection } from '@tiptap/pm/state'
import type { EditorView } from '@tiptap/pm/view'
import type { OffsetMap } from '../../../shared/offsets/pmPositions'
import type { TextRange } from '../../state/sessionStore'
import { trimRange } from './trimRange'

// The DOM selection is what the user sees; ProseMirror's copy of it may lag one selectionchange
// event behind in a read-only view, so read the DOM first and fall back to the state.
function domSelectionPositions(view: EditorView): [number, number] | null {
  const sel = view.dom.ownerDocument.getSelection()
  if (!sel || sel.rangeCount === 0 || !sel.anchorNode || !sel.focusNode) return null
  if (!view.dom.contains(sel.anchorNode) || !view.dom.contains(sel.focusNode)) return null
  try {
    return [
      view.posAtDOM(sel.anchorNode, sel.anchorOffset),
      view.posAtDOM(sel.focusNode, sel.focusOffset),
    ]
  } catch {
    return null
  }
}

/**
 * Copies the DOM selection into ProseMirror's state when they differ. Otherwise the next
 * redraw (a highlight arriving, the pending selection being drawn) would write ProseMirror's
 * older selection back to the DOM and undo the user's latest Shift+arrow or drag.
 */
export function adoptDomSelection(view: EditorView): void {
  const dom = domSelectionPositions(view)
  if (!dom) return
  const [anchor, head] = dom
  const current = view.state.selection
  if (current.anchor === anchor && current.head === head) return
  try {
    view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, anchor, head)))
  } catch {
    // A position between paragraphs is not a text position; ProseMirror will read it itself.
  }
}

/**
 * The reader's current selection as a trimmed range of canonical-text offsets, or null when it is
 * empty or only whitespace. Positions become offsets through the document's offset map.
 */
export function readSelectionRange(
  view: EditorView,
  map: OffsetMap,
  text: string,
): TextRange | null {
  const dom = domSelectionPositions(view)
  const { from, to } = view.state.selection
  const [a, b] = dom ?? [from, to]
  if (a === b) return null
  return trimRange(text, map.toOffset(Math.min(a, b)), map.toOffset(Math.max(a, b)))
}
