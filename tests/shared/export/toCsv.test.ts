import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import { toCsv } from '../../../src/shared/export/toCsv'

const parse = (csv: string): string[][] =>
  Papa.parse<string[]>(csv.replace(/^\ufeff/, ''), { skipEmptyLines: true }).data

const tricky = [
  'plain',
  'a, comma',
  'say “hi” and "bye"',
  'two\nlines',
  'crlf\r\ninside',
  '  padded  ',
  '',
  'émoji 👍🏽 𠀋',
]
const formulas = ['=SUM(A1:A2)', '+1+2', '-3+cmd|x', '@SUM(1)', '\tTab', '\rCR', '=1\n2']

describe('toCsv', () => {
  it('writes a header row and CRLF after every record', () => {
    expect(toCsv(['a', 'b'], [['1', '2']], 'analysis')).toBe('a,b\r\n1,2\r\n')
  })

  it('keeps a comma, quotes and line breaks inside a quoted field', () => {
    const csv = toCsv(
      ['x'],
      tricky.map((t) => [t]),
      'analysis',
    )
    expect(csv).toContain('"a, comma"')
    expect(csv).toContain('"say “hi” and ""bye"""')
    expect(csv).toContain('"two\nlines"')
  })

  it('round-trips every field through a CSV parser in the analysis profile', () => {
    const rows = [tricky, [...formulas, '']]
    const header = tricky.map((_, i) => `c${i}`)
    expect(parse(toCsv(header, rows, 'analysis'))).toEqual([header, ...rows])
  })

  it('writes formula-like cells exactly as stored in the analysis profile', () => {
    const parsed = parse(
      toCsv(
        ['f'],
        formulas.map((f) => [f]),
        'analysis',
      ),
    )
    expect(parsed.slice(1).map((r) => r[0])).toEqual(formulas)
  })

  it('prefixes formula-like cells with a single quote in the spreadsheet profile', () => {
    const parsed = parse(
      toCsv(
        ['f'],
        formulas.map((f) => [f]),
        'spreadsheet',
      ),
    )
    expect(parsed.slice(1).map((r) => r[0])).toEqual(formulas.map((f) => `'${f}`))
  })

  it('leaves plain numbers such as a negative score alone in the spreadsheet profile', () => {
    const numbers = ['-2', '+1', '-0.5', '3e-4', '0']
    const parsed = parse(
      toCsv(
        ['n'],
        numbers.map((n) => [n]),
        'spreadsheet',
      ),
    )
    expect(parsed.slice(1).map((r) => r[0])).toEqual(numbers)
  })

  it('leaves cells that only contain formula characters later in the spreadsheet profile', () => {
    const parsed = parse(toCsv(['s'], [['a=b'], ['x-y'], ['mail@example.org']], 'spreadsheet'))
    expect(parsed.slice(1).map((r) => r[0])).toEqual(['a=b', 'x-y', 'mail@example.org'])
  })

  it('starts with a UTF-8 BOM only in the spreadsheet profile', () => {
    expect(toCsv(['a'], [], 'spreadsheet').startsWith('\ufeffa\r\n')).toBe(true)
    expect(toCsv(['a'], [], 'analysis')).toBe('a\r\n')
  })

  it('round-trips every non-formula field in the spreadsheet profile', () => {
    const header = tricky.map((_, i) => `c${i}`)
    expect(parse(toCsv(header, [tricky], 'spreadsheet'))).toEqual([header, tricky])
  })
})
