import { MAX_IMPORT_FILE_BYTES } from '../ipc/contract'
import { sizeLimitMessage } from '../text/formatMegabytes'
import { normaliseText } from '../text/normaliseText'
import { titleFromText } from '../text/titleFromText'
import type { ImportedArticle } from './importTypes'

/** Title of a pasted text whose first paragraph is too long to be one. */
export const PASTED_TEXT_FALLBACK_TITLE = 'Pasted text'

/** Longest title stored (the documents table allows 1,000 characters). */
const MAX_TITLE = 1000

/**
 * Turns a pasted text and an optional title into an article. The text is normalised like a
 * file's and the title has its whitespace collapsed; an empty title becomes the first paragraph
 * (`titleFromText`) or `PASTED_TEXT_FALLBACK_TITLE`. A paste of more than
 * `MAX_IMPORT_FILE_BYTES` of UTF-8 is refused like a file. A given title that is not already the
 * text's first paragraph is put in front of it, because canonical text starts with the headline
 * (paragraph 1 in exports is the headline).
 *
 * A paste with no visible text returns `{ ok: false, error: '' }`: the empty message is a marker
 * meaning "do nothing" (an accidental empty paste deserves no error), not a failure to show.
 */
export function preparePastedText(
  title: string,
  raw: string,
): { ok: true; article: ImportedArticle } | { ok: false; error: string } {
  // A UTF-16 unit takes at most 3 UTF-8 bytes, so only long pastes need encoding to measure.
  if (raw.length * 3 > MAX_IMPORT_FILE_BYTES) {
    const bytes = new TextEncoder().encode(raw).length
    if (bytes > MAX_IMPORT_FILE_BYTES) {
      return { ok: false, error: sizeLimitMessage('The pasted text', bytes, MAX_IMPORT_FILE_BYTES) }
    }
  }
  const text = normaliseText(raw)
  if (text.length === 0) return { ok: false, error: '' }
  const given = title.replace(/\s+/g, ' ').trim().slice(0, MAX_TITLE)
  if (given.length === 0) {
    return { ok: true, article: { title: titleFromText(text, PASTED_TEXT_FALLBACK_TITLE), text } }
  }
  const firstParagraph = text.split('\n\n', 1)[0]
  const article = { title: given, text: firstParagraph === given ? text : `${given}\n\n${text}` }
  return { ok: true, article }
}
