/**
 * Shortens `text` to at most `max` characters at a word boundary when one is near, with an
 * ellipsis; line breaks become spaces so a quote fits a one-line preview.
 */
export function truncateText(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= max) return flat
  const cut = flat.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  // Only back up to a space if that keeps most of the text; long words are cut mid-word.
  const end = space > max * 0.7 ? space : cut.length
  return `${cut.slice(0, end).trimEnd()}…`
}
