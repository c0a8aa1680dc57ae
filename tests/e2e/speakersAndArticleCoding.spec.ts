import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import Papa from 'papaparse'
import { normaliseText } from '../../src/shared/text/normaliseText'
import { expect, selectInReader, test } from './fixtures'
import type { Page } from '@playwright/test'

const corpusFile = fileURLToPath(
  new URL('../../../shared/corpus/mayorkas-ice-sanctuary.txt', import.meta.url),
)
const canonical = normaliseText(readFileSync(corpusFile, 'utf8'))
const title = canonical.slice(0, canonical.indexOf('\n'))
const SPANS: [fragment: string, speaker: string][] = [
  ['I’m 100 percent opposed to the abolition of ICE.', 'Mayorkas'],
  ['I think we need to strengthen our policies and practices', 'Secretary Mayorkas'],
  ['It is the opposite of what I think needs to occur.', 'Alejandro Mayorkas'],
]
const SURVIVOR = 'Alejandro Mayorkas'

async function tagWithNewSpeaker(page: Page, fragment: string, name: string) {
  await selectInReader(page, fragment)
  const speaker = page.getByRole('combobox', { name: 'Speaker' })
  await speaker.fill(name)
  await page.getByRole('option', { name: `Create “${name}”` }).click()
  await expect(speaker).toHaveValue(name)
  await page.getByRole('button', { name: 'Save', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Tag selection' })).toBeHidden()
}

test('duplicate speakers are merged in the registry with undo, and an article is completed', async ({
  page,
}) => {
  await page.goto('/')
  await expect(page.getByRole('combobox', { name: 'Project' })).toContainText('Sample')
  await page.getByRole('button', { name: 'New project' }).click()
  await page.getByLabel('Project name').fill('Speaker study')
  await page.getByRole('button', { name: 'Create' }).click()
  await expect(page.getByRole('combobox', { name: 'Project' })).toContainText('Speaker study')

  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Import', exact: true }).click()
  await (await chooser).setFiles(corpusFile)
  const article = page.getByRole('option', { name: new RegExp(title.slice(0, 30)) })
  await expect(article).toContainText('Not started')
  await article.click()
  await expect(page.locator('.ProseMirror')).toContainText(SPANS[0]![0])

  for (const [fragment, name] of SPANS) await tagWithNewSpeaker(page, fragment, name)
  const annotations = page.getByRole('region', { name: /^Annotations/ })
  await expect(annotations.getByRole('heading', { name: /Annotations/ })).toContainText('3')

  // The registry lists the three spellings, one span each.
  await page.getByRole('button', { name: 'Speakers', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Speakers' })
  const rowOf = (name: string) =>
    dialog.locator('tr', { has: page.getByRole('rowheader', { name, exact: true }) })
  for (const [, name] of SPANS) {
    await expect(rowOf(name).getByLabel('1 spans')).toBeVisible()
    await dialog.getByRole('checkbox', { name: `Select ${name}` }).check()
  }
  await dialog.getByLabel('Surviving name').selectOption({ label: SURVIVOR })
  await dialog.getByRole('button', { name: 'Merge speakers' }).click()
  await expect(dialog.getByRole('rowheader')).toHaveCount(1)
  await expect(rowOf(SURVIVOR).getByLabel('3 spans')).toHaveText('3')
  await expect(rowOf(SURVIVOR).getByLabel('1 documents')).toHaveText('1')
  await expect(rowOf(SURVIVOR)).toContainText('Mayorkas; Secretary Mayorkas')

  // Undo brings the three speakers back with their own spans; redo merges again.
  await dialog.getByRole('heading', { name: 'Speakers' }).click()
  await page.keyboard.press('Control+z')
  await expect(dialog.getByRole('rowheader')).toHaveCount(3)
  await expect(rowOf('Secretary Mayorkas').getByLabel('1 spans')).toHaveText('1')
  await page.keyboard.press('Control+Shift+z')
  await expect(dialog.getByRole('rowheader')).toHaveCount(1)
  await expect(rowOf(SURVIVOR).getByLabel('3 spans')).toHaveText('3')
  await dialog.getByRole('button', { name: 'Close' }).click()

  // Article coding: the default codebook has no article dimensions, only the status.
  const coding = page.getByRole('region', { name: /Article coding/ })
  await expect(coding.getByRole('radio', { name: 'Not started' })).toBeChecked()
  await coding.getByRole('button', { name: 'Complete and next' }).click()
  await expect(coding.getByRole('radio', { name: 'Complete' })).toBeChecked()
  await expect(article).toContainText('Complete')
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Not complete' })
  await expect(article).toBeHidden()
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Complete' })
  await expect(article).toBeVisible()

  await page.getByRole('button', { name: 'Export', exact: true }).click()
  await page.getByRole('radio', { name: /Analysis/ }).check()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export CSV' }).click()
  const csv = readFileSync(await (await download).path(), 'utf8')
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true })
  expect(parsed.errors).toEqual([])
  expect(parsed.data.map((row) => row.text).sort()).toEqual(SPANS.map(([f]) => f).sort())
  expect(parsed.data.map((row) => row.speaker)).toEqual([SURVIVOR, SURVIVOR, SURVIVOR])
})
