/** A keyboard shortcut of the reader and tagging panel, as listed in the help overlay. */
export type TaggingShortcut = { keys: string; description: string }

/**
 * The reader's and tagging panel's keys. Single-key shortcuts act while focus is in the reader or
 * the panel, never while typing in a text field. Number keys are the codebook's value shortcuts
 * (1–7 for stance in the default codebook).
 */
export const taggingShortcuts: TaggingShortcut[] = [
  { keys: 'Shift+Arrows', description: 'Select text in the reader with the keyboard' },
  { keys: '1–7', description: 'Choose a stance (the codebook’s value shortcuts)' },
  { keys: 'S', description: 'Go to the Speaker box' },
  { keys: 'T', description: 'Go to Source type' },
  { keys: 'M', description: 'Go to the memo' },
  { keys: 'Enter', description: 'Save the tag' },
  { keys: 'Esc', description: 'Cancel: drop the selection or stop editing' },
  { keys: 'Delete or Backspace', description: 'Delete the span being edited' },
  {
    keys: '↑ / ↓ in Speaker',
    description: 'Move through matching speakers; Enter picks or creates',
  },
]
