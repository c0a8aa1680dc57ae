/** Number of coder colours: theme.css `--nc-coder-0` … `--nc-coder-7`, reader classes `c0`…`c7`. */
export const CODER_COLOURS = 8

/**
 * A coder's colour slot, from the name alone (FNV-1a hash, modulo `CODER_COLOURS`): the same coder
 * has the same colour in every document, project and installation, whoever else is shown. Two
 * coders can share a slot once there are many; the legend lists names beside their colours.
 */
export function coderColour(coder: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < coder.length; i += 1) {
    hash ^= coder.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash % CODER_COLOURS
}
