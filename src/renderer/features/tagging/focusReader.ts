/** Event the reader listens for to put its caret at a canonical-text offset (`detail`). */
export const PLACE_CARET_EVENT = 'nc-place-caret'

/**
 * Returns keyboard focus to the reader's text after tagging, so the next selection can be made
 * with Shift+arrows at once; with `offset`, the caret goes there (the end of the span just
 * tagged) rather than to the top of the visible text. The reader is found by its class because
 * it lives in another component.
 */
export function focusReader(offset?: number): void {
  const reader = document.querySelector<HTMLElement>('.nc-reader__text')
  if (!reader) return
  reader.focus({ preventScroll: true })
  if (offset === undefined) return
  // Placing a caret forces a layout of the whole article; do it after the frame that paints the
  // new highlight, not before it (~20 ms on a 100,000-word text).
  requestAnimationFrame(() =>
    setTimeout(() => reader.dispatchEvent(new CustomEvent(PLACE_CARET_EVENT, { detail: offset }))),
  )
}
