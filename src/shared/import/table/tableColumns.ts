/**
 * Returns usable column names from a header row: trimmed (a stray byte-order mark removed), an
 * empty name becomes "column N", and a repeated name gets " (2)", " (3)" … so every column can
 * be chosen in the mapping step and kept as its own attribute.
 */
export function tableColumns(header: readonly string[]): string[] {
  const seen = new Map<string, number>()
  return header.map((raw, i) => {
    const base =
      raw
        .replace(/^\ufeff/, '')
        .replace(/\s+/g, ' ')
        .trim() || `column ${i + 1}`
    const count = (seen.get(base) ?? 0) + 1
    seen.set(base, count)
    return count === 1 ? base : `${base} (${count})`
  })
}
