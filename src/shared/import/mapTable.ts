import { normaliseText } from '../text/normaliseText'
import { titleFromText } from '../text/titleFromText'
import { toIsoDate } from '../text/toIsoDate'
import type { ColumnMapping, ImportedArticle, TabularData } from './importTypes'

/** A row that could not become an article: `row` is 1-based among the data rows (header excluded). */
export type RowError = { row: number; message: string }

/** Longest title stored (the documents table allows 1,000 characters). */
const MAX_TITLE = 1000

/** Collapses a cell to one line: metadata fields never hold line breaks. */
function oneLine(value: string | undefined): string {
  return (value ?? '').replace(/\s+/g, ' ').trim()
}

/**
 * Turns the rows of a table into articles by `mapping`. The text column is normalised like a
 * file's text (`normaliseText`); a given title that is not already the first paragraph is put in
 * front, because canonical text starts with the headline; without a title column the title is
 * the first paragraph (`titleFromText`) or "Row N". Dates are read as ISO (`toIsoDate`); a date
 * that cannot be read is kept as the attribute "date (as in file)" so nothing is lost. URLs other
 * than http(s) are kept only as the attribute "url (as in file)". Every column not mapped becomes
 * an attribute (empty cells are left out). A row with an empty text cell is not imported and is
 * reported in `errors`. A mapping naming a column the table lacks reports every row.
 */
export function mapTable(
  table: TabularData,
  mapping: ColumnMapping,
): { articles: ImportedArticle[]; errors: RowError[] } {
  const index = (name: string | undefined): number =>
    name === undefined ? -1 : table.columns.indexOf(name)
  const missing = Object.values(mapping).filter(
    (name): name is string => typeof name === 'string' && name !== '' && index(name) === -1,
  )
  if (missing.length > 0) {
    const message = `The column “${missing[0]}” is not in the file.`
    return { articles: [], errors: table.rows.map((_, i) => ({ row: i + 1, message })) }
  }
  const mapped = new Set(
    Object.values(mapping).filter((name): name is string => typeof name === 'string'),
  )
  const articles: ImportedArticle[] = []
  const errors: RowError[] = []
  table.rows.forEach((cells, i) => {
    const row = i + 1
    const cell = (name: string | undefined): string | undefined => {
      const at = index(name)
      return at === -1 ? undefined : (cells[at] ?? '')
    }
    const body = normaliseText(cell(mapping.text) ?? '')
    if (body.length === 0) {
      errors.push({ row, message: `Row ${row} has no text in the column “${mapping.text}”.` })
      return
    }
    const attributes: Record<string, string> = {}
    table.columns.forEach((name, at) => {
      const value = cells[at] ?? ''
      if (!mapped.has(name) && value.trim() !== '') attributes[name] = value
    })
    const givenTitle = oneLine(cell(mapping.title)).slice(0, MAX_TITLE)
    const firstParagraph = body.split('\n\n', 1)[0]
    const text =
      givenTitle === '' || firstParagraph === givenTitle ? body : `${givenTitle}\n\n${body}`
    const article: ImportedArticle = {
      title: givenTitle !== '' ? givenTitle : titleFromText(body, `Row ${row}`),
      text,
    }
    const rawDate = oneLine(cell(mapping.date))
    if (rawDate !== '') {
      const iso = toIsoDate(rawDate)
      if (iso !== null) article.date = iso
      else attributes['date (as in file)'] = rawDate
    }
    const rawUrl = oneLine(cell(mapping.url))
    if (rawUrl !== '') {
      if (/^https?:\/\/\S+$/i.test(rawUrl)) article.url = rawUrl
      else attributes['url (as in file)'] = rawUrl
    }
    const outlet = oneLine(cell(mapping.outlet))
    if (outlet !== '') article.outlet = outlet
    const author = oneLine(cell(mapping.author))
    if (author !== '') article.author = author
    if (Object.keys(attributes).length > 0) article.attributes = attributes
    articles.push(article)
  })
  return { articles, errors }
}
