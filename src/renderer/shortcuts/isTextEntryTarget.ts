/** Input types in which typing produces text, so Ctrl+Z there must stay the browser's text undo. */
const TEXT_INPUT_TYPES = new Set([
  'text',
  'search',
  'email',
  'url',
  'tel',
  'password',
  'number',
  'date',
  'month',
  'week',
  'time',
  'datetime-local',
])

/**
 * True when keystrokes on `target` edit text: a text-like input, a textarea, a select (typing
 * picks an option) or an editable content region. Global shortcuts leave those keys alone.
 */
export function isTextEntryTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  if (target instanceof HTMLInputElement) return TEXT_INPUT_TYPES.has(target.type)
  return target.isContentEditable
}
