import { MAX_IMPORT_FILE_BYTES } from '../ipc/contract'
import { decodeTextFile } from '../text/decodeTextFile'
import { normaliseText } from '../text/normaliseText'
import { titleFromText } from '../text/titleFromText'
import { looksLikeLexisNexis, splitLexisNexis } from './archive/lexisNexis'
import { fileStem } from './fileStem'
import type { ImportInput, ImportOutcome } from './importTypes'

/** The message for a news-archive export without articles (a .txt or a .docx). */
export function noArticlesMessage(name: string): string {
  return `“${name}” looks like a LexisNexis export, but no articles were found in it.`
}

/**
 * Turns the decoded text of a .txt, .md or .docx file into articles: a LexisNexis / Nexis Uni
 * export (`looksLikeLexisNexis`) is split into its articles or refused with "no articles found";
 * any other text is one article titled by its first paragraph (else the file name).
 */
export function articlesFromText(name: string, text: string): ImportOutcome {
  if (looksLikeLexisNexis(text)) {
    const articles = splitLexisNexis(text)
    if (articles.length === 0) return { ok: false, error: noArticlesMessage(name) }
    return { ok: true, kind: 'articles', articles }
  }
  const canonical = normaliseText(text)
  if (canonical.length === 0) return { ok: false, error: `“${name}” has no text.` }
  const article = { title: titleFromText(canonical, fileStem(name)), text: canonical }
  return { ok: true, kind: 'articles', articles: [article] }
}

/**
 * Imports a .txt or .md file: decoded with encoding detection (`decodeTextFile`), Markdown
 * reduced to text (`markdownToText`, passed in so plain text needs no Markdown parser), then
 * `articlesFromText`. The outcome names the encoding and carries decoding warnings.
 */
export function parseTextFile(
  file: ImportInput,
  markdownToText: ((markdown: string) => string) | null,
): ImportOutcome {
  const decoded = decodeTextFile(file, MAX_IMPORT_FILE_BYTES)
  if (!decoded.ok) return decoded
  const text = markdownToText === null ? decoded.text : markdownToText(decoded.text)
  const outcome = articlesFromText(file.name, text)
  if (!outcome.ok || outcome.kind !== 'articles') return outcome
  return {
    ...outcome,
    encoding: decoded.encoding,
    ...(decoded.warnings ? { warnings: decoded.warnings } : {}),
  }
}
