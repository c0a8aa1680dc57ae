/**
 * Whether a key event's target is a place where keys type text or pick options (inputs, text
 * areas, selects, editable content), so that single-key shortcuts must leave the key alone.
 */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  const tag = target.tagName
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true
  if (tag !== 'INPUT') return false
  // Radio buttons and checkboxes take no text: shortcuts still apply when they have focus.
  const type = (target as HTMLInputElement).type
  return type !== 'radio' && type !== 'checkbox' && type !== 'button' && type !== 'submit'
}
