import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import Papa from 'papaparse'
import { normaliseText } from '../../src/shared/text/normaliseText'
import { expect, selectInReader, test } from './fixtures'

const corpusFile = fileURLToPath(
  new URL('../../../shared/corpus/mayorkas-ice-sanctuary.txt', import.meta.url),
)
const canonical = normaliseText(readFileSync(corpusFile, 'utf8'))
const FIRST = 'I’m 100 percent opposed to the abolition of ICE.'
const SECOND = 'abolition of ICE. It is the opposite of what I think needs to occur.'

test('a researcher imports, codes, reloads, undoes, redoes and exports a CSV', async ({ page }) => {
  await page.goto('/')
  // First start: the sample project shows coded text.
  await expect(page.getByRole('combobox', { name: 'Project' })).toContainText('Sample')

  await page.getByRole('button', { name: 'New project' }).click()
  await page.getByLabel('Project name').fill('Mayorkas study')
  await page.getByRole('button', { name: 'Create' }).click()
  await expect(page.getByRole('combobox', { name: 'Project' })).toContainText('Mayorkas study')

  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Import', exact: true }).click()
  await (await chooser).setFiles(corpusFile)
  const title = canonical.slice(0, canonical.indexOf('\n'))
  await page.getByRole('option', { name: new RegExp(title.slice(0, 30)) }).click()
  await expect(page.locator('.ProseMirror')).toContainText(FIRST)

  // Span 1: keyboard-first tagging right after the selection.
  await selectInReader(page, FIRST)
  await expect(page.getByRole('radiogroup', { name: 'Stance' })).toBeVisible()
  await page.keyboard.press('1')
  await expect(page.getByRole('radio', { name: /Strongly against/ })).toBeChecked()
  const speaker = page.getByRole('combobox', { name: 'Speaker' })
  await speaker.fill('Alejandro Mayorkas')
  await speaker.press('Enter')
  await page.getByLabel('Source type').selectOption({ label: 'Executive' })
  await page.getByRole('button', { name: /^(Save|Tag)/ }).click()
  await expect(page.locator('[data-ids]').first()).toBeVisible()

  // Span 2 overlaps span 1.
  await selectInReader(page, SECOND)
  await page.getByRole('radio', { name: /^Against/ }).check()
  await page.getByRole('button', { name: /^(Save|Tag)/ }).click()
  const panel = page.getByRole('region', { name: /^Annotations/ })
  await expect(panel.getByRole('heading', { name: /Annotations/ })).toContainText('2')

  // Everything is stored at once: a reload keeps both spans.
  await page.reload()
  await page.getByRole('option', { name: new RegExp(title.slice(0, 30)) }).click()
  await expect(panel.getByRole('heading', { name: /Annotations/ })).toContainText('2')
  await expect(page.locator('.ProseMirror [data-ids*=" "]').first()).toBeVisible()

  // Delete the second span, undo, redo, undo.
  await panel.getByRole('button', { name: new RegExp(SECOND.slice(0, 20)) }).click()
  await page.getByRole('button', { name: 'Delete', exact: true }).click()
  await expect(panel.getByRole('heading', { name: /Annotations/ })).toContainText('1')
  await page.locator('body').press('Control+z')
  await expect(panel.getByRole('heading', { name: /Annotations/ })).toContainText('2')
  await page.locator('body').press('Control+Shift+z')
  await expect(panel.getByRole('heading', { name: /Annotations/ })).toContainText('1')
  await page.locator('body').press('Control+z')
  await expect(panel.getByRole('heading', { name: /Annotations/ })).toContainText('2')

  // Export the Analysis profile and read it with a real CSV parser.
  await page.getByRole('button', { name: 'Export', exact: true }).click()
  await page.getByRole('radio', { name: /Analysis/ }).check()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export CSV' }).click()
  const file = await (await download).path()
  const csv = readFileSync(file, 'utf8')
  expect(csv.charCodeAt(0)).not.toBe(0xfeff)
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true })
  expect(parsed.errors).toEqual([])
  const rows = parsed.data.sort((a, b) => Number(a.start_utf16) - Number(b.start_utf16))
  expect(rows).toHaveLength(2)
  const [r1, r2] = rows as [Record<string, string>, Record<string, string>]
  expect(r1.text).toBe(FIRST)
  expect(r1.project).toBe('Mayorkas study')
  expect(Number(r1.start_utf16)).toBe(canonical.indexOf(FIRST))
  expect(canonical.slice(Number(r1.start_utf16), Number(r1.end_utf16))).toBe(FIRST)
  expect([...canonical].slice(Number(r1.start_cp), Number(r1.end_cp)).join('')).toBe(FIRST)
  expect(r1.stance).toBe('Strongly against')
  expect(r1.speaker).toBe('Alejandro Mayorkas')
  expect(r1.source_type).toBe('Executive')
  expect(r1.source_type_group).toBe('Official / government')
  expect(r1.coder).toBe('Coder 1')
  expect(r2.text).toBe(SECOND)
  expect(r2.stance).toBe('Against')
  expect(Number(r2.start_utf16)).toBeLessThan(Number(r1.end_utf16))
})
