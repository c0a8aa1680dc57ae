/** Longest slug, so that a long project name still leaves a short, readable file name. */
export const MAX_SLUG_LENGTH = 60

/**
 * Returns a file-name-safe slug of `name`: lower case, accents removed (é → e), every run of
 * characters other than letters and digits (of any script) replaced by one "-", no leading or
 * trailing "-", at most `MAX_SLUG_LENGTH` characters; `fallback` when nothing is left.
 */
export function fileSlug(name: string, fallback = 'project'): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/^-+|-+$/g, '')
  return slug.length > 0 ? slug : fallback
}
