import { describe, expect, it } from 'vitest'
import { mapTable } from '../../../src/shared/import/mapTable'
import type { TabularData } from '../../../src/shared/import/importTypes'

const table: TabularData = {
  columns: ['headline', 'body', 'published', 'link', 'paper', 'by', 'topic'],
  rows: [
    [
      'Floods close roads',
      'Rain fell all night.\n\nRoads closed.',
      'March 3, 2024',
      'https://a.example/1',
      'The Ledger',
      'A. Writer',
      'weather',
    ],
    ['', 'No headline here but text.', '03/04/2024', 'javascript:alert(1)', '', '', ''],
    ['Empty', '   ', '2024-03-05', '', '', '', 'x'],
  ],
  format: 'csv',
}

describe('mapTable', () => {
  const mapping = {
    text: 'body',
    title: 'headline',
    date: 'published',
    url: 'link',
    outlet: 'paper',
    author: 'by',
  }

  it('turns mapped columns into fields and the others into attributes, headline first', () => {
    const { articles } = mapTable(table, mapping)
    expect(articles[0]).toEqual({
      title: 'Floods close roads',
      text: 'Floods close roads\n\nRain fell all night.\n\nRoads closed.',
      date: '2024-03-03',
      url: 'https://a.example/1',
      outlet: 'The Ledger',
      author: 'A. Writer',
      attributes: { topic: 'weather' },
    })
  })

  it('keeps a date or URL it cannot use as an attribute, never silently dropping it', () => {
    const { articles } = mapTable(table, mapping)
    expect(articles[1]).toEqual({
      title: 'No headline here but text.',
      text: 'No headline here but text.',
      attributes: { 'date (as in file)': '03/04/2024', 'url (as in file)': 'javascript:alert(1)' },
    })
  })

  it('reports a row without text by its number and imports the others', () => {
    const { articles, errors } = mapTable(table, mapping)
    expect(articles).toHaveLength(2)
    expect(errors).toEqual([{ row: 3, message: 'Row 3 has no text in the column “body”.' }])
  })

  it('reports every row when the mapping names a column the table lacks', () => {
    const { articles, errors } = mapTable(table, { text: 'content' })
    expect(articles).toEqual([])
    expect(errors).toHaveLength(3)
    expect(errors[0]?.message).toBe('The column “content” is not in the file.')
  })
})
