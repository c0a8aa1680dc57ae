import type { Editor } from '@tiptap/core'
import { useEffect, useState } from 'react'
import { idsAtElement } from './innermostAnnotation'

/** The highlight under the pointer: its annotation ids and where to put a tooltip (viewport px). */
export type HoveredHighlight = { ids: string[]; x: number; y: number }

/**
 * Tracks which highlight segment the pointer is over, by event delegation on the reader (one
 * listener, whatever the number of highlights). State changes only when the ids change, so moving
 * within a segment re-renders nothing.
 */
export function useHoveredHighlight(editor: Editor | null): HoveredHighlight | null {
  const [hovered, setHovered] = useState<HoveredHighlight | null>(null)
  useEffect(() => {
    if (!editor) return
    const dom = editor.view.dom
    let key = ''
    const onOver = (event: MouseEvent) => {
      // While a button is held the user is selecting: a tooltip would only cover the text.
      if (event.buttons !== 0) {
        key = ''
        return setHovered(null)
      }
      const ids = idsAtElement(event.target)
      const next = ids.join(' ')
      if (next === key) return
      key = next
      if (ids.length === 0 || !(event.target instanceof Element)) return setHovered(null)
      const rect = event.target.closest('[data-ids]')?.getBoundingClientRect()
      setHovered({ ids, x: rect?.left ?? event.clientX, y: (rect?.bottom ?? event.clientY) + 6 })
    }
    const onLeave = () => {
      key = ''
      setHovered(null)
    }
    dom.addEventListener('mouseover', onOver)
    dom.addEventListener('mouseleave', onLeave)
    return () => {
      dom.removeEventListener('mouseover', onOver)
      dom.removeEventListener('mouseleave', onLeave)
    }
  }, [editor])
  return hovered
}
