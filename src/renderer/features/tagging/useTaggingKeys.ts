import type { RefObject } from 'react'
import { useEffect, useRef } from 'react'
import { useSession } from '../../state/sessionStore'
import { isTextEntry } from '../reader/isTextEntry'

/** What the tagging keys do; the form supplies them. */
export type TaggingKeyHandlers = {
  /** A value shortcut (e.g. "3"); returns false when no value has it. */
  pickShortcut: (key: string) => boolean
  /** "s", "t" or "m": moves focus to the speaker box, source type or memo; false if absent. */
  focusField: (key: 's' | 't' | 'm') => boolean
  save: () => void
  cancel: () => void
}

// Focus in the reader, the panel or nowhere in particular (after a click on the page) counts as
// "tagging"; elsewhere (the document list, a dialog) the keys keep their usual meaning.
function inTaggingContext(target: EventTarget | null, panel: HTMLElement | null): boolean {
  if (!(target instanceof Node)) return true
  if (target === document.body || target === document.documentElement) return true
  if (panel?.contains(target)) return true
  return target instanceof Element && target.closest('.nc-reader') !== null
}

/**
 * The tagging panel's keyboard shortcuts, listened on the window while the panel is open:
 * value shortcuts (1–7 for stance), s/t/m to jump to fields, Enter to save, Esc to cancel.
 * Single keys never fire while typing in a text field; keys a widget has already handled
 * (`defaultPrevented`, e.g. Enter in an open speaker list) are left alone.
 */
export function useTaggingKeys(
  panelRef: RefObject<HTMLElement | null>,
  handlers: TaggingKeyHandlers,
) {
  // The latest handlers, without re-subscribing on every render.
  const latest = useRef(handlers)
  useEffect(() => {
    latest.current = handlers
  })

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return
      if (useSession.getState().overlay !== null) return
      if (!inTaggingContext(event.target, panelRef.current)) return
      const h = latest.current
      const target = event.target
      if (event.key === 'Escape') {
        event.preventDefault()
        h.cancel()
        return
      }
      if (event.key === 'Enter') {
        // Text areas take new lines and buttons their own click; everything else saves.
        if (target instanceof HTMLTextAreaElement || target instanceof HTMLButtonElement) return
        if (event.shiftKey || event.isComposing) return
        event.preventDefault()
        h.save()
        return
      }
      if (isTextEntry(target) || event.key.length !== 1) return
      const key = event.key.toLowerCase()
      if ((key === 's' || key === 't' || key === 'm') && h.focusField(key)) {
        // Keeps the letter from being typed into the field that now has focus.
        event.preventDefault()
        return
      }
      if (h.pickShortcut(event.key)) event.preventDefault()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [panelRef])
}
