/**
 * Folds a name for matching: Unicode compatibility decomposition, combining marks removed, lower
 * case, runs of whitespace collapsed. So "Erdoğan", "erdogan" and "ERDOGAN " all fold alike.
 */
export function foldForSearch(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase('en')
    .replace(/\s+/g, ' ')
    .trim()
}
