import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import Papa from 'papaparse'
import { expect, test } from './fixtures'

const corpus = (name: string) =>
  fileURLToPath(new URL(`../../../shared/corpus/wikinews/${name}`, import.meta.url))
const CSV_2019 = corpus('wikinews_2019.csv')
const CSV_2020 = corpus('wikinews_2020.csv')

/** A one-article CSV cut from the 2019 file: the same article as a new file. */
function oneArticleCsv(): { path: string; title: string } {
  const parsed = Papa.parse<Record<string, string>>(readFileSync(CSV_2019, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  })
  const row = parsed.data[0]!
  const path = join(mkdtempSync(join(tmpdir(), 'newscoder-e2e-')), 'one-again.csv')
  writeFileSync(path, Papa.unparse([row]))
  return { path, title: row.title! }
}

test('both Wikinews CSVs come in through the mapping step; a repeat is reported', async ({
  page,
}) => {
  await page.goto('/')
  await expect(page.getByRole('combobox', { name: 'Project' })).toContainText('Sample')
  await page.getByRole('button', { name: 'New project' }).click()
  await page.getByLabel('Project name').fill('Wikinews')
  await page.getByRole('button', { name: 'Create' }).click()
  await expect(page.getByRole('combobox', { name: 'Project' })).toContainText('Wikinews')

  let chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Import', exact: true }).click()
  await (await chooser).setFiles([CSV_2019, CSV_2020])

  // One mapping for both files (same columns), guessed from the column names.
  const mapping = page.getByRole('dialog', { name: 'Map columns' })
  await expect(mapping).toBeVisible()
  await expect(mapping.getByRole('table')).toContainText('Magnitogorsk')
  await expect(mapping.getByLabel('Text column')).toHaveValue('text')
  await expect(mapping.getByLabel('Title column')).toHaveValue('title')
  await expect(mapping.getByLabel('Date column')).toHaveValue('date')
  await expect(mapping.getByLabel('URL column')).toHaveValue('url')
  await page.screenshot({ path: 'test-results/import-map-columns.png' })
  await mapping.getByRole('button', { name: 'Import 295 articles' }).click()

  const list = page.getByRole('listbox', { name: 'Articles' })
  await expect(page.getByText('295 articles', { exact: true })).toBeVisible()
  const first = list.getByRole('option', { name: /Magnitogorsk apartment building collapses/ })
  await page.getByLabel('Filter documents').fill('Magnitogorsk')
  await expect(first).toContainText('2019-01-04')
  await page.getByLabel('Filter documents').fill('')
  await expect(list.getByRole('option').first()).toContainText(/\d{4}-\d{2}-\d{2}/)

  // The same article again, from another file: held as a duplicate, never silently dropped.
  const again = oneArticleCsv()
  chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Import', exact: true }).click()
  await (await chooser).setFiles(again.path)
  await page
    .getByRole('dialog', { name: 'Map columns' })
    .getByRole('button', { name: 'Import 1 article' })
    .click()
  const duplicates = page.getByRole('dialog', { name: 'Duplicates' })
  await expect(duplicates).toContainText(`Same text as “${again.title}”`)
  await page.screenshot({ path: 'test-results/import-duplicates.png' })
  await duplicates.getByRole('button', { name: 'Continue' }).click()
  const summary = page.getByRole('dialog', { name: 'Import summary' })
  await expect(summary).toContainText('Duplicates: 1 skipped')
  await summary.getByRole('button', { name: 'OK' }).click()
  await expect(page.getByText('295 articles', { exact: true })).toBeVisible()
})
