/** A keyboard shortcut of the reader and tagging panel, as listed in the help overlay. */
export type TaggingShortcut = { keys: string; description: string }

/**
 * The reader's and tagging panel's keys. Single-key shortcuts act while focus is in the reader or
 * the panel, never while typing in a text field. Value keys are the codebook's shortcuts, for
 * every choice dimension (1–7 for stance in the default codebook).
 */
export const taggingShortcuts: TaggingShortcut[] = [
  { keys: 'Shift+Arrows', description: 'Select text in the reader with the keyboard' },
  {
    keys: '1–7, value keys',
    description:
      'Choose the value with that key (1–7: stance); a key given to two values does nothing',
  },
  { keys: 'S', description: 'Go to the Speaker box' },
  { keys: 'T', description: 'Go to Source type' },
  { keys: 'M', description: 'Go to the memo' },
  { keys: 'Enter', description: 'Save the tag' },
  { keys: 'Esc', description: 'Cancel: drop the selection or stop editing' },
  { keys: 'Delete or Backspace', description: 'Delete the span being edited' },
  { keys: 'Ctrl+K', description: 'Apply any code or speaker by name (command palette)' },
  { keys: 'Ctrl+Enter', description: 'Mark the article complete and open the next to code' },
  {
    keys: '↑ / ↓ in Speaker',
    description: 'Move through matching speakers; Enter picks or creates',
  },
]
