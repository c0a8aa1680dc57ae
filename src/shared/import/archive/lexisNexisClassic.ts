import type { ImportedArticle } from '../importTypes'
import { archiveArticle, archiveDate } from './archiveFields'

/** A "N of M DOCUMENTS" line: the start of each article in the classic text export. */
const DOCUMENT_LINE = /^\s*\d+ of \d+ DOCUMENTS\s*$/m

/** A metadata paragraph: an upper-case key ("BYLINE", "PUBLICATION-TYPE") and its value. */
const FIELD = /^([A-Z][A-Z-]+(?: [A-Z-]+)?):\s*(.*)$/s

/** Indentation from which a line counts as centred (outlet, date, edition, copyright). */
const CENTRED = 8

type Paragraph = { text: string; centred: boolean }

function paragraphsOf(block: string): Paragraph[] {
  return block
    .split(/\n[ \t]*\n/)
    .filter((p) => p.trim() !== '')
    .map((p) => {
      const lines = p.split('\n').filter((l) => l.trim() !== '')
      const centred = lines.every((l) => l.length - l.trimStart().length >= CENTRED)
      return { text: lines.map((l) => l.trim()).join('\n'), centred }
    })
}

/**
 * Splits the classic LexisNexis text export into articles. Each "N of M DOCUMENTS" block starts
 * with centred lines (outlet, date line, edition, sometimes a copyright line), then the headline
 * (left-aligned, up to the first KEY: field), the fields (BYLINE, SECTION, LENGTH …), the body,
 * and a trailer of fields (LOAD-DATE, LANGUAGE, PUBLICATION-TYPE …) and centred copyright lines.
 */
export function splitClassicExport(text: string): ImportedArticle[] {
  const blocks = text.split(DOCUMENT_LINE).slice(1)
  const articles: ImportedArticle[] = []
  for (const block of blocks) {
    const paragraphs = paragraphsOf(block)
    let i = 0
    const centred: string[] = []
    while (i < paragraphs.length && (paragraphs[i] as Paragraph).centred) {
      centred.push(...(paragraphs[i] as Paragraph).text.split('\n'))
      i++
    }
    const dateAt = centred.findIndex((line) => archiveDate(line) !== null)
    // Lines before the date line are the outlet (which may wrap); the ones after it the edition.
    const outlet = dateAt > 0 ? centred.slice(0, dateAt).join(' ') : (centred[0] ?? '')
    const dateLine = dateAt >= 0 ? (centred[dateAt] as string) : ''
    const edition = centred
      .slice(dateAt >= 0 ? dateAt + 1 : 1)
      .filter((line) => !/^(Copyright|©)/i.test(line))
      .join(' ')
    const headline: string[] = []
    while (i < paragraphs.length && !FIELD.test((paragraphs[i] as Paragraph).text)) {
      headline.push((paragraphs[i] as Paragraph).text)
      i++
    }
    const fields = new Map<string, string>()
    let m: RegExpExecArray | null
    while (i < paragraphs.length && (m = FIELD.exec((paragraphs[i] as Paragraph).text)) !== null) {
      fields.set(m[1] as string, (m[2] as string).replace(/\s+/g, ' ').trim())
      i++
    }
    // The trailer: fields and centred lines at the end of the block, read from the end.
    let end = paragraphs.length
    while (end > i) {
      const p = paragraphs[end - 1] as Paragraph
      const trailer = FIELD.exec(p.text)
      if (trailer !== null) {
        fields.set(trailer[1] as string, (trailer[2] as string).replace(/\s+/g, ' ').trim())
      } else if (!p.centred) break
      end--
    }
    const body = paragraphs.slice(i, end).map((p) => p.text)
    const article = archiveArticle({
      headline: headline.join(' '),
      body,
      outlet,
      dateLine,
      edition,
      fields,
    })
    if (article !== null) articles.push(article)
  }
  return articles
}
