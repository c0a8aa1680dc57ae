import type { KeyboardEvent, PointerEvent } from 'react'

type PaneResizerProps = {
  /** Accessible name, e.g. "Resize article list". */
  label: string
  width: number
  min: number
  max: number
  /** Which pane the handle sizes: dragging towards the centre widens a left pane, narrows a right one. */
  pane: 'left' | 'right'
  onResize: (width: number) => void
}

/** Arrow keys move the edge by this many pixels (Shift: five times as far). */
const KEY_STEP = 16

/**
 * A draggable pane edge that is also a focusable ARIA separator, so keyboard users can resize
 * with the arrow keys and screen readers announce the width.
 */
export function PaneResizer({ label, width, min, max, pane, onResize }: PaneResizerProps) {
  const clamp = (w: number) => Math.round(Math.max(min, Math.min(max, w)))
  const sign = pane === 'left' ? 1 : -1

  function onPointerDown(event: PointerEvent<HTMLDivElement>) {
    event.preventDefault()
    const handle = event.currentTarget
    handle.setPointerCapture(event.pointerId)
    const startX = event.clientX
    const startWidth = width
    const move = (e: globalThis.PointerEvent) =>
      onResize(clamp(startWidth + sign * (e.clientX - startX)))
    const stop = () => {
      handle.removeEventListener('pointermove', move)
      handle.removeEventListener('pointerup', stop)
      handle.removeEventListener('pointercancel', stop)
    }
    handle.addEventListener('pointermove', move)
    handle.addEventListener('pointerup', stop)
    handle.addEventListener('pointercancel', stop)
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const step = event.shiftKey ? KEY_STEP * 5 : KEY_STEP
    const delta = { ArrowRight: step, ArrowLeft: -step }[event.key]
    if (delta !== undefined) {
      event.preventDefault()
      onResize(clamp(width + sign * delta))
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault()
      onResize(event.key === 'Home' ? min : max)
    }
  }

  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuenow={width}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      className={`pane-resizer pane-resizer-${pane}`}
      onPointerDown={onPointerDown}
      onKeyDown={onKeyDown}
    />
  )
}
