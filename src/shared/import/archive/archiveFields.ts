import { normaliseText } from '../../text/normaliseText'
import { toIsoDate } from '../../text/toIsoDate'
import type { ImportedArticle } from '../importTypes'

/** The metadata an archive gives for one article, before it becomes an `ImportedArticle`. */
export type ArchiveFields = {
  headline: string
  body: string[]
  outlet: string
  dateLine: string
  edition: string
  /** Upper- or title-case keys as in the file ("BYLINE", "Section") with their values. */
  fields: Map<string, string>
}

/**
 * Reads the date from an archive date line such as "January 11, 2010 Monday" or "July 1, 2019
 * Monday 9:20 AM GMT": the weekday and time after the date are dropped.
 */
export function archiveDate(line: string): string | null {
  const m = /^([A-Za-z]+\.? \d{1,2},? \d{4}|\d{1,2}\.? [A-Za-z]+ \d{4})/.exec(line.trim())
  return m ? toIsoDate(m[1] as string) : null
}

/** Returns a field's value by key in any case, or ''. */
function field(fields: Map<string, string>, key: string): string {
  for (const [k, v] of fields) if (k.toLowerCase() === key) return v
  return ''
}

/**
 * Builds the article: canonical text is the headline and the body paragraphs; BYLINE becomes
 * author and byline, SECTION the section, and LENGTH, edition, the date line as printed (when it
 * is not a date) and every other field (DATELINE, HIGHLIGHT, LOAD-DATE …) become attributes.
 */
export function archiveArticle(a: ArchiveFields): ImportedArticle | null {
  const headline = a.headline.replace(/\s+/g, ' ').trim()
  const text = normaliseText([headline, ...a.body].join('\n\n'))
  if (text.length === 0 || a.body.every((p) => p.trim() === '')) return null
  const article: ImportedArticle = { title: headline !== '' ? headline : 'Untitled article', text }
  const outlet = a.outlet.replace(/\s+/g, ' ').trim()
  if (outlet !== '') article.outlet = outlet
  const date = archiveDate(a.dateLine)
  if (date !== null) article.date = date
  const byline = field(a.fields, 'byline')
  if (byline !== '') {
    article.byline = byline
    article.author = byline
  }
  const section = field(a.fields, 'section')
  if (section !== '') article.section = section
  const attributes: Record<string, string> = {}
  for (const [key, value] of a.fields) {
    const k = key.toLowerCase()
    if (k !== 'byline' && k !== 'section' && value !== '') attributes[k] = value
  }
  if (a.edition !== '') attributes.edition = a.edition
  if (date === null && a.dateLine.trim() !== '') attributes['date (as in file)'] = a.dateLine.trim()
  if (Object.keys(attributes).length > 0) article.attributes = attributes
  return article
}
