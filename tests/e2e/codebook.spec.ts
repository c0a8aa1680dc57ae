import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import Papa from 'papaparse'
import { normaliseText } from '../../src/shared/text/normaliseText'
import { expect, selectInReader, test } from './fixtures'

const corpusFile = fileURLToPath(
  new URL('../../../shared/corpus/mayorkas-ice-sanctuary.txt', import.meta.url),
)
const canonical = normaliseText(readFileSync(corpusFile, 'utf8'))
const CRIME =
  'more illegal immigrants should face criminal prosecution for crossing into the border'
const SECURITY = 'I’m 100 percent opposed to the abolition of ICE.'

test('a codebook changes safely: rename and delete-with-merge keep every span, with current labels', async ({
  page,
}) => {
  await page.goto('/')
  await expect(page.getByRole('combobox', { name: 'Project' })).toContainText('Sample')

  // A project from the Policy Frames template.
  await page.getByRole('button', { name: 'New project' }).click()
  const templates = page.getByRole('group', { name: 'Codebook template' })
  await templates.getByRole('radio', { name: 'Policy Frames Codebook' }).check()
  await page.getByLabel('Project name').fill('Frames study')
  await page.getByRole('button', { name: 'Create' }).click()
  await expect(page.getByRole('combobox', { name: 'Project' })).toContainText('Frames study')

  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Import', exact: true }).click()
  await (await chooser).setFiles(corpusFile)
  const title = canonical.slice(0, canonical.indexOf('\n'))
  await page.getByRole('option', { name: new RegExp(title.slice(0, 30)) }).click()
  await expect(page.locator('.ProseMirror')).toContainText(CRIME)

  // Two spans coded with the frames' value shortcuts: 7 = Crime and punishment, 8 = Security.
  await selectInReader(page, CRIME)
  await page.keyboard.press('7')
  await expect(page.getByRole('checkbox', { name: /Crime and punishment/ })).toBeChecked()
  await page.keyboard.press('Enter')
  const panel = page.getByRole('region', { name: /^Annotations/ })
  await expect(panel.getByRole('heading', { name: /Annotations/ })).toContainText('1')
  await selectInReader(page, SECURITY)
  await page.keyboard.press('8')
  await expect(page.getByRole('checkbox', { name: /Security and defense/ })).toBeChecked()
  await page.keyboard.press('Enter')
  await expect(panel.getByRole('heading', { name: /Annotations/ })).toContainText('2')

  // Rename a value in the editor.
  await page.getByRole('button', { name: 'Codebook', exact: true }).click()
  const editor = page.getByRole('dialog', { name: 'Codebook' })
  await expect(editor.getByRole('button', { name: /^Frame/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await editor.getByRole('button', { name: /^Crime and punishment/ }).click()
  await editor.getByLabel('Label').fill('Crime and law enforcement')
  await editor.getByLabel('Label').press('Enter')
  await expect(editor.getByRole('status')).toContainText(
    'Renamed value “Crime and punishment” of “Frame” to “Crime and law enforcement”',
  )
  await page.screenshot({ path: 'test-results/codebook-editor.png' })

  // Delete a used value, merging its spans into another.
  await editor.getByRole('button', { name: /^Security and defense/ }).click()
  await editor.getByRole('button', { name: 'Delete value' }).click()
  const confirm = page.getByRole('dialog', { name: 'Delete “Security and defense”' })
  await expect(confirm.getByRole('status')).toHaveText(
    '“Security and defense” is used by 1 annotation.',
  )
  await confirm.getByRole('radio', { name: 'Merge into …' }).check()
  await confirm.getByLabel('Merge into value').selectOption({ label: 'Economic' })
  await page.screenshot({ path: 'test-results/codebook-delete.png' })
  await confirm.getByRole('button', { name: 'Delete value' }).click()
  await expect(confirm).toBeHidden()
  await expect(editor.getByRole('button', { name: /^Security and defense/ })).toHaveCount(0)
  // Ctrl+Z brings the value and its span back; Ctrl+Shift+Z deletes it again.
  await page.keyboard.press('Control+z')
  await expect(editor.getByRole('button', { name: /^Security and defense/ })).toHaveCount(1)
  await page.keyboard.press('Control+Shift+z')
  await expect(editor.getByRole('button', { name: /^Security and defense/ })).toHaveCount(0)
  await editor.getByRole('button', { name: 'History' }).scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'test-results/codebook-top.png' })

  // The history records each change.
  await editor.getByRole('button', { name: 'History' }).click()
  const history = editor.getByRole('table', { name: /Codebook history/ })
  await expect(history.getByRole('row')).toHaveCount(6)
  await expect(history).toContainText('merging its codings into “Economic”')
  await editor.getByRole('button', { name: 'Close' }).click()

  // The CSV has every span, with the current labels.
  await page.getByRole('button', { name: 'Export', exact: true }).click()
  await page.getByRole('radio', { name: /Analysis/ }).check()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export CSV' }).click()
  const csv = readFileSync(await (await download).path(), 'utf8')
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true })
  expect(parsed.errors).toEqual([])
  const rows = parsed.data.sort((a, b) => Number(a.start_utf16) - Number(b.start_utf16))
  expect(rows.map((r) => [r.text, r.frame])).toEqual([
    [CRIME, 'Crime and law enforcement'],
    [SECURITY, 'Economic'],
  ])
})
