import type { ImportedArticle } from '../importTypes'
import { archiveArticle, archiveDate } from './archiveFields'

/** Fields between an article's date line and its "Body" line, and in its trailer. */
const FIELD =
  /^(Section|Length|Byline|Highlight|Dateline|Edition|Graphic|Series|Correction|Load-Date|Language|Publication-Type|Subject|Industry|Geographic|Person|Company|Organization|Ticker|Journal Code|Document-Type|Notes|Url):\s*(.*)$/i

/**
 * Splits a Nexis Uni export (its Word export read as text) into articles. After a header and a
 * list of titles, each article is: headline, outlet, date line, optional copyright line, fields
 * (Section, Length, Byline …), a line "Body", the paragraphs, a trailer (Classification, fields
 * such as Load-Date), and "End of Document". The headline, outlet and date are the three lines
 * before the fields, so the header and list of titles before the first article are skipped.
 */
export function splitNexisUniExport(text: string): ImportedArticle[] {
  const chunks = text.split(/^End of Document\s*$/m)
  const articles: ImportedArticle[] = []
  for (const chunk of chunks) {
    const lines = chunk
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '')
    const bodyAt = lines.indexOf('Body')
    if (bodyAt === -1) continue
    const fields = new Map<string, string>()
    let i = bodyAt - 1
    for (; i >= 0; i--) {
      const line = lines[i] as string
      const m = FIELD.exec(line)
      if (m !== null) fields.set(m[1] as string, (m[2] as string).trim())
      else if (!/^(Copyright|©)/i.test(line)) break
    }
    // i is the date line; outlet and headline are the two lines above it.
    const dateLine = i >= 0 && archiveDate(lines[i] as string) !== null ? (lines[i] as string) : ''
    const outlet = dateLine !== '' ? (lines[i - 1] ?? '') : ''
    const headline = dateLine !== '' ? (lines[i - 2] ?? '') : (lines[i] ?? '')
    let end = lines.length
    while (end > bodyAt + 1) {
      const line = lines[end - 1] as string
      const m = FIELD.exec(line)
      if (m !== null) fields.set(m[1] as string, (m[2] as string).trim())
      else if (line !== 'Classification') break
      end--
    }
    const article = archiveArticle({
      headline,
      body: lines.slice(bodyAt + 1, end),
      outlet,
      dateLine,
      edition: '',
      fields,
    })
    if (article !== null) articles.push(article)
  }
  return articles
}
