import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { csvFiles } from '../../../src/shared/export/csvFiles'
import { TABLE_NAMES, buildTables } from '../../../src/shared/export/exportTables'
import type { CsvProfile } from '../../../src/shared/export/toCsv'
import { FORMULA_TRIGGER } from '../../../src/shared/export/toCsv'
import { hostileInput } from './analysisTools/hostileInput'
import type { ToolRead } from './analysisTools/readWithTools'
import {
  readWithLibreOffice,
  readWithPandas,
  readWithReadr,
  toolsAvailable,
} from './analysisTools/readWithTools'

// The real readers researchers use. `.ci/run` installs them (python3-pandas, r-cran-readr,
// r-cran-jsonlite, libreoffice-calc-nogui); on a machine without them these tests say so and
// skip, but under CI a missing tool fails instead, so the check can never silently vanish.
const inCi = process.env.CI === 'true'
const reason = (tool: string) => `(${tool} is not installed here; .ci/run installs it)`

/** The export's tables in one profile, written to files, with the values they hold. */
function writeTables(profile: CsvProfile) {
  const dir = mkdtempSync(join(tmpdir(), `newscoder-${profile}-`))
  const tables = buildTables(hostileInput(), new Set(TABLE_NAMES), 'wide')
  const files = csvFiles(tables, profile)
  return tables.map((table, i) => {
    const path = join(dir, files[i]!.fileName)
    writeFileSync(path, files[i]!.content, 'utf8')
    return { path, name: table.name, header: table.header, rows: table.rows }
  })
}

const NUMBER = /^-?\d+(\.\d+)?$/

/** Columns whose every value is a plain number (what a reader may rightly parse as numeric). */
const numericColumns = (header: string[], rows: string[][]) =>
  header.filter((_, j) => rows.length > 0 && rows.every((r) => NUMBER.test(r[j] ?? '')))

function expectLossless(read: ToolRead | undefined, header: string[], rows: string[][]) {
  expect(read, 'the tool read the file').toBeDefined()
  expect(read!.warnings).toEqual([])
  expect(read!.columns).toEqual(header)
  expect(read!.rows.length === 0 ? [] : read!.rows).toEqual(rows)
  // With its defaults too: same columns and rows, numeric columns numeric, not a single warning.
  expect(read!.defaultColumns).toEqual(header)
  expect(read!.defaultRows).toBe(rows.length)
}

// Each of these runs an external program: seconds on a loaded CI machine, past Vitest's 5 s.
const EXTERNAL_PROGRAM = { timeout: 60_000 }

describe('the exported tables in the analysis tools researchers use', () => {
  it('are all there and hold the hostile values', () => {
    const tables = writeTables('analysis')
    expect(tables.map((t) => t.name)).toEqual([...TABLE_NAMES])
    const annotations = tables[0]!
    expect(annotations.rows.length).toBe(6)
    expect(annotations.rows.flat()).toContain(' Lead says 👍🏽 a lot ')
  })

  it.skipIf(!toolsAvailable.pandas && !inCi)(
    `read in pandas (read_csv) without a warning or a changed value ${toolsAvailable.pandas ? '' : reason('pandas')}`,
    EXTERNAL_PROGRAM,
    () => {
      for (const profile of ['analysis', 'spreadsheet'] as const) {
        const tables = writeTables(profile)
        const reads = readWithPandas(tables.map((t) => t.path))
        for (const { path, header, rows } of tables) {
          const expected = profile === 'analysis' ? rows : rows.map(neutralised)
          expectLossless(reads[path], header, expected)
          for (const column of numericColumns(header, rows)) {
            expect(reads[path]!.defaultTypes[column], `${path}: ${column}`).toMatch(/int|float/)
          }
        }
      }
    },
  )

  it.skipIf(!toolsAvailable.readr && !inCi)(
    `read in R (readr::read_csv) without a warning, a problem or a changed value ${toolsAvailable.readr ? '' : reason('readr')}`,
    EXTERNAL_PROGRAM,
    () => {
      const tables = writeTables('analysis')
      const reads = readWithReadr(tables.map((t) => t.path))
      for (const { path, header, rows } of tables) {
        expectLossless(reads[path], header, rows)
        for (const column of numericColumns(header, rows)) {
          expect(reads[path]!.defaultTypes[column], `${path}: ${column}`).toBe('numeric')
        }
      }
    },
  )

  it.skipIf(!toolsAvailable.libreOffice && !inCi)(
    `open in LibreOffice Calc as text, with formulas neutralised ${toolsAvailable.libreOffice ? '' : reason('LibreOffice')}`,
    EXTERNAL_PROGRAM,
    () => {
      const tables = writeTables('spreadsheet')
      const reads = readWithLibreOffice(tables.map((t) => t.path))
      for (const { path, header, rows } of tables) {
        const cells = reads[path]
        expect(cells?.[0]).toEqual(header)
        const body = cells!.slice(1)
        expect(body).toHaveLength(rows.length)
        rows.forEach((row, i) =>
          row.forEach((value, j) => {
            const cell = body[i]![j]
            // Calc parses a plain number as a number (so "007" shows as 7, as the README says);
            // every other value must arrive as written, formula triggers as inert text.
            if (NUMBER.test(value)) expect(Number(cell), `${path} ${i}:${j}`).toBe(Number(value))
            else expect(cell, `${path} ${i}:${j}`).toBe(neutralised([value])[0])
          }),
        )
      }
    },
  )
})

/** A row as the spreadsheet profile writes it: formula-like cells behind a single quote. */
function neutralised(row: string[]): string[] {
  return row.map((v) => (FORMULA_TRIGGER.test(v) ? `'${v}` : v))
}
