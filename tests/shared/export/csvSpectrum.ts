import { readFileSync, readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

/** One case of the csv-spectrum suite: its CSV file's text and the rows it must parse to. */
export type SpectrumCase = { name: string; csv: string; rows: string[][] }

const suite = dirname(createRequire(import.meta.url).resolve('csv-spectrum/package.json'))

/**
 * The cases of the csv-spectrum suite (https://github.com/max-mapper/csv-spectrum, BSD-2, a dev
 * dependency), read from its files: each `csvs/<name>.csv` with the values of `json/<name>.json`
 * as rows, header first. `location_coordinates` is left out: it is a Latin-1 file whose JSON is
 * an object, not rows — a test of encodings, which the import tests cover with the corpus.
 */
export function csvSpectrumCases(): SpectrumCase[] {
  return readdirSync(join(suite, 'json'))
    .map((file) => file.replace(/\.json$/, ''))
    .filter((name) => name !== 'location_coordinates')
    .sort()
    .map((name) => {
      const objects = JSON.parse(
        readFileSync(join(suite, 'json', `${name}.json`), 'utf8'),
      ) as Record<string, string>[]
      const header = Object.keys(objects[0] ?? {})
      return {
        name,
        csv: readFileSync(join(suite, 'csvs', `${name}.csv`), 'utf8'),
        rows: [header, ...objects.map((o) => header.map((h) => o[h] ?? ''))],
      }
    })
}
