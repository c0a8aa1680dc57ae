import type { ImportedArticle } from '../importTypes'
import { splitClassicExport } from './lexisNexisClassic'
import { splitNexisUniExport } from './nexisUni'

/** Marks of a LexisNexis / Nexis Uni export in its first lines: request header or document count. */
const EXPORT_HEADER =
  /^\s*(?:Download Request:|Time Of Request:|Date and Time:|Job Number:|Documents \(\d+\)|\d+ of \d+ DOCUMENTS\s*$)/m

/** Archive names: a file whose first line names the archive is taken for an export of it. */
const ARCHIVE_NAME = /\b(?:Lexis ?Nexis|Nexis Uni)\b/i

/** How far into a file the export header is looked for (characters). */
const HEADER_WINDOW = 3000

/**
 * Tells whether decoded text (from a .txt or a .docx) is a LexisNexis / Nexis Uni export: it has
 * the archive's request header or "N of M DOCUMENTS" lines near its start, an "End of Document"
 * line, or its first line names the archive. Such a file is split into its articles and, when it
 * holds none, refused with "no articles found" instead of being imported as one article.
 */
export function looksLikeLexisNexis(text: string): boolean {
  const head = text.slice(0, HEADER_WINDOW)
  const firstLine = head.trim().split('\n', 1)[0] ?? ''
  return (
    EXPORT_HEADER.test(head) || ARCHIVE_NAME.test(firstLine) || /^End of Document\s*$/m.test(text)
  )
}

/**
 * Splits a LexisNexis export into articles: the classic text layout ("N of M DOCUMENTS" blocks)
 * or the Nexis Uni layout (articles ending in "End of Document", as in its Word exports). Headers,
 * document counts and trailers (LOAD-DATE, LANGUAGE, PUBLICATION-TYPE, copyright) are left out of
 * the text; outlet, date, headline, byline, section, length and edition become metadata. Returns
 * [] when no article is found.
 */
export function splitLexisNexis(text: string): ImportedArticle[] {
  const unix = text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n')
  if (/^\s*\d+ of \d+ DOCUMENTS\s*$/m.test(unix)) return splitClassicExport(unix)
  if (/^End of Document\s*$/m.test(unix)) return splitNexisUniExport(unix)
  return []
}
