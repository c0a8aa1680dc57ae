import type { Editor } from '@tiptap/core'
import { useEffect, useLayoutEffect } from 'react'
import type { OffsetMap } from '../../../shared/offsets/pmPositions'
import { useSession } from '../../state/sessionStore'
import type { CoderSpan } from './highlightDecorations'
import type { HighlightMeta } from './highlightPlugin'
import { highlightKey } from './highlightPlugin'

/** How long a flashed span stays lit; matches the `nc-flash` animation in reader.css. */
export const FLASH_MS = 1200

function send(editor: Editor, meta: HighlightMeta): void {
  if (editor.isDestroyed) return
  editor.view.dispatch(editor.state.tr.setMeta(highlightKey, meta))
}

/**
 * Feeds the highlight plugin from outside the editor: the stored spans (whenever the live query
 * yields a new list), the active span and the pending selection from the session, and flashes
 * (scroll the span's start to the middle of the reader, then light it briefly). With `byCoder`
 * the spans are drawn in their coders' colours.
 */
export function useHighlightSync(
  editor: Editor | null,
  annotations: readonly CoderSpan[] | undefined,
  map: OffsetMap,
  byCoder = false,
): void {
  const activeId = useSession((s) => s.activeAnnotationId)
  const selection = useSession((s) => s.selection)
  const flash = useSession((s) => s.flash)

  // A layout effect, so that a synchronous render of new spans (see useDocumentAnnotations)
  // reaches the editor's DOM before the browser paints. Spans and colouring travel together: a
  // change of coder layer changes both, and one transaction redraws once.
  useLayoutEffect(() => {
    if (editor && annotations) send(editor, { annotations, byCoder })
  }, [editor, annotations, byCoder])

  useEffect(() => {
    if (editor) send(editor, { activeId })
  }, [editor, activeId])

  useEffect(() => {
    if (editor) send(editor, { pending: selection })
  }, [editor, selection])

  // Waits for the spans to be loaded: a flash requested before the reader opened still works.
  const flashReady = annotations?.some((a) => a.id === flash?.annotationId) ?? false
  useEffect(() => {
    if (!editor || !flash || !flashReady) return
    const span = annotations?.find((a) => a.id === flash.annotationId)
    if (!span) return
    const { node } = editor.view.domAtPos(map.toPos(span.start))
    const element = node instanceof Element ? node : node.parentElement
    element?.scrollIntoView?.({ block: 'center', behavior: 'smooth' })
    send(editor, { flashId: flash.annotationId })
    const timer = setTimeout(() => send(editor, { flashId: null }), FLASH_MS)
    return () => clearTimeout(timer)
    // Keyed on the flash request itself: a new list of spans must not re-flash.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor, flash, flashReady, map])
}
