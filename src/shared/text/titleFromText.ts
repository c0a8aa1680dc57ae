/**
 * Longest first paragraph taken as a title (UTF-16 units). Headlines run to about 150 characters;
 * 300 leaves room for long headlines with a kicker while a body paragraph (a file without a
 * headline) is usually longer and then falls back to the file name.
 */
export const MAX_TITLE_LENGTH = 300

/**
 * Returns the title for a canonical text: its first paragraph when that is non-empty and at most
 * `MAX_TITLE_LENGTH` characters long (news files start with the headline), else `fallback`
 * (typically the file name without its extension).
 */
export function titleFromText(canonical: string, fallback: string): string {
  const end = canonical.indexOf('\n\n')
  const first = (end === -1 ? canonical : canonical.slice(0, end)).trim()
  return first.length > 0 && first.length <= MAX_TITLE_LENGTH ? first : fallback
}
