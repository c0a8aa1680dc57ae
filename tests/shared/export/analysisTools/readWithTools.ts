import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import Papa from 'papaparse'

/** What a tool made of one CSV file: read losslessly (all text) and read with its defaults. */
export type ToolRead = {
  /** Warnings (pandas) or warnings and parsing problems (readr) of both reads. */
  warnings: string[]
  columns: string[]
  rows: string[][]
  defaultColumns: string[]
  /** Column type of the default read, by column name ('int64', 'numeric', 'object' …). */
  defaultTypes: Record<string, string>
  defaultRows: number
}

/** Debian's python3 (`apt-get install python3-pandas`), not a pyenv shim without pandas. */
const PYTHON = '/usr/bin/python3'

function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
  if (result.status !== 0) {
    throw new Error(`${command} failed (${result.status}): ${result.stderr || result.error}`)
  }
  return result.stdout
}

const works = (command: string, args: string[]): boolean =>
  spawnSync(command, args, { encoding: 'utf8' }).status === 0

/** Whether pandas, readr and LibreOffice can run here (`.ci/run` installs all three). */
export const toolsAvailable = {
  pandas: works(PYTHON, ['-c', 'import pandas']),
  readr: works('Rscript', ['-e', 'library(readr); library(jsonlite)']),
  libreOffice: works('soffice', ['--version']),
}

const PANDAS = `
import json, sys, warnings
import pandas as pd
out = {}
for path in sys.argv[1:]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        exact = pd.read_csv(path, dtype=str, keep_default_na=False, encoding='utf-8-sig')
        default = pd.read_csv(path)
    out[path] = {
        'warnings': [str(w.message) for w in caught],
        'columns': [str(c) for c in exact.columns],
        'rows': exact.values.tolist(),
        'defaultColumns': [str(c) for c in default.columns],
        'defaultTypes': {str(c): str(t) for c, t in default.dtypes.items()},
        'defaultRows': int(default.shape[0]),
    }
print(json.dumps(out))
`

/** Reads each file with pandas 'read_csv': all columns as text, and with its defaults. */
export function readWithPandas(paths: string[]): Record<string, ToolRead> {
  return JSON.parse(run(PYTHON, ['-c', PANDAS, ...paths])) as Record<string, ToolRead>
}

const READR = `
suppressMessages({ library(readr); library(jsonlite) })
out <- list()
for (path in commandArgs(trailingOnly = TRUE)) {
  w <- character()
  keep <- function(x) { w <<- c(w, conditionMessage(x)); invokeRestart("muffleWarning") }
  exact <- withCallingHandlers(read_csv(path, col_types = cols(.default = col_character()),
    na = character(), trim_ws = FALSE, progress = FALSE), warning = keep)
  def <- withCallingHandlers(read_csv(path, show_col_types = FALSE, progress = FALSE),
    warning = keep)
  p <- rbind(problems(exact), problems(def))
  if (nrow(p) > 0) w <- c(w, paste("problem:", p$row, p$col, p$expected, p$actual))
  out[[path]] <- list(warnings = I(w), columns = I(names(exact)),
    rows = unname(as.matrix(exact)), defaultColumns = I(names(def)),
    defaultTypes = as.list(sapply(def, function(c) class(c)[1])), defaultRows = nrow(def))
}
cat(toJSON(out, auto_unbox = TRUE))
`

/** Reads each file with readr's 'read_csv': all columns as text, and with its defaults. */
export function readWithReadr(paths: string[]): Record<string, ToolRead> {
  return JSON.parse(run('Rscript', ['-e', READR, ...paths])) as Record<string, ToolRead>
}

/**
 * Opens each file in LibreOffice Calc headless with the options of its CSV dialog as it opens
 * (comma, UTF-8, "Quoted field as text" and "Detect special numbers" off) and saves what Calc
 * holds as CSV with every text cell quoted, which is read back here: the cells as Calc has them.
 */
export function readWithLibreOffice(paths: string[]): Record<string, string[][]> {
  const outDir = mkdtempSync(join(tmpdir(), 'newscoder-lo-'))
  run('soffice', [
    '--headless',
    '--norestore',
    `-env:UserInstallation=file://${join(outDir, 'profile')}`,
    '--infilter=CSV:44,34,76,1,,1033,false,false',
    '--convert-to',
    'csv:Text - txt - csv (StarCalc):44,34,76,1,,1033,true,true',
    '--outdir',
    outDir,
    ...paths,
  ])
  const written = new Set(readdirSync(outDir))
  return Object.fromEntries(
    paths.map((path) => {
      const name = basename(path)
      if (!written.has(name)) throw new Error(`LibreOffice did not convert ${name}`)
      const csv = readFileSync(join(outDir, name), 'utf8')
      return [path, Papa.parse<string[]>(csv, { skipEmptyLines: true }).data]
    }),
  )
}
