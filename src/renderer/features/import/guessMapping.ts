import type { ColumnMapping } from '../../../shared/import/importTypes'

type Field = keyof ColumnMapping

/** Column names (folded) that usually hold each field, best first. */
const CANDIDATES: Record<Field, string[]> = {
  text: ['text', 'body', 'content', 'article', 'fulltext', 'full text', 'article text', 'story'],
  title: ['title', 'headline', 'heading', 'head', 'hl'],
  date: ['date', 'published', 'publication date', 'pubdate', 'published at', 'datetime', 'time'],
  outlet: ['outlet', 'source', 'publication', 'newspaper', 'site', 'site name', 'medium', 'media'],
  url: ['url', 'link', 'uri', 'href', 'canonical url', 'permalink'],
  author: ['author', 'byline', 'authors', 'writer', 'by'],
}

const fold = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/[_\-.]+/g, ' ')
    .replace(/\s+/g, ' ')

/**
 * Guesses the column mapping from column names (case, `_`, `-` ignored): an exact name first,
 * then a column whose name contains a candidate word ("article_body", "pub_date"). Each column is
 * used for one field at most. Without any text-like column, the text is the first column left,
 * so the user starts from something and corrects it in the preview.
 */
export function guessMapping(columns: readonly string[]): ColumnMapping {
  const used = new Set<string>()
  const pick = (field: Field): string | undefined => {
    const free = columns.filter((c) => !used.has(c))
    const exact = CANDIDATES[field]
      .map((candidate) => free.find((c) => fold(c) === candidate))
      .find((c) => c !== undefined)
    const partial =
      exact ??
      CANDIDATES[field]
        .filter((candidate) => candidate.length > 3)
        .map((candidate) => free.find((c) => fold(c).includes(candidate)))
        .find((c) => c !== undefined)
    if (partial !== undefined) used.add(partial)
    return partial
  }
  const text = pick('text')
  const mapping: ColumnMapping = { text: '' }
  for (const field of ['title', 'date', 'outlet', 'url', 'author'] as const) {
    const column = pick(field)
    if (column !== undefined) mapping[field] = column
  }
  mapping.text = text ?? columns.find((c) => !used.has(c)) ?? columns[0] ?? ''
  return mapping
}
