import { expect, test } from './fixtures'
import type { Page } from '@playwright/test'

const SAMPLE = 'Sample: Wikinews quotes'

/** Opens every article of the open project and reads what the reader shows: text and spans. */
async function readProject(page: Page) {
  const articles = page.getByRole('listbox', { name: 'Articles' }).getByRole('option')
  const count = await articles.count()
  const seen: { title: string; spans: string[] }[] = []
  for (let i = 0; i < count; i += 1) {
    await articles.nth(i).click()
    await expect(page.locator('.ProseMirror')).toBeVisible()
    const panel = page.getByRole('region', { name: /^Annotations/ })
    await expect(panel.getByRole('heading', { name: /Annotations/ })).toBeVisible()
    const spans = await page.locator('.ProseMirror [data-ids]').allTextContents()
    seen.push({ title: (await articles.nth(i).textContent()) ?? '', spans })
  }
  return seen
}

test('a researcher backs up the sample project, deletes it, empties the trash and restores it', async ({
  page,
}) => {
  await page.goto('/')
  const project = page.getByRole('combobox', { name: 'Project' })
  await expect(project).toContainText(SAMPLE)
  const before = await readProject(page)
  expect(before.length).toBe(3)
  expect(before.some((d) => d.spans.length > 0)).toBe(true)

  await page.getByRole('button', { name: 'Settings' }).click()
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Back up project' }).click()
  const file = await download
  expect(file.suggestedFilename()).toMatch(/^Sample_ Wikinews quotes \d{4}-\d\d-\d\d\.newscoder$/)
  const path = '/tmp/e2e-backup/sample.newscoder'
  await file.saveAs(path)
  await page.getByRole('button', { name: 'Done' }).click()

  await page.getByRole('button', { name: 'Delete project' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Delete project' }).click()
  await expect(project).not.toContainText(SAMPLE)

  await page.getByRole('button', { name: 'Settings' }).click()
  await page.getByRole('button', { name: 'Empty trash' }).click()
  await page.getByRole('button', { name: 'Delete for good' }).click()
  await expect(page.getByRole('list', { name: 'Deleted projects' })).toHaveCount(0)

  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Restore backup…' }).click()
  await (await chooser).setFiles(path)
  await expect(page.getByText(/Restored “Sample: Wikinews quotes”: 3 documents/)).toBeVisible()
  await page.screenshot({ path: '/tmp/e2e-backup/restored.png' })
  await page.getByRole('button', { name: 'Done' }).click()

  await expect(project).toContainText(SAMPLE)
  expect(await readProject(page)).toEqual(before)
})

test('a file that is not a backup is refused with its reason', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Settings' }).click()
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Restore backup…' }).click()
  await (
    await chooser
  ).setFiles({ name: 'notes.newscoder', mimeType: 'text/plain', buffer: Buffer.from('hello') })
  await expect(
    page.getByText(
      'Nothing was restored. This is not a Newscoder backup: the file is not a zip archive.',
    ),
  ).toBeVisible()
  await page.screenshot({ path: '/tmp/e2e-backup/refused.png' })
})
