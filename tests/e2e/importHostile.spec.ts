import { fileURLToPath } from 'node:url'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

const hostilePage = fileURLToPath(
  new URL('../../../shared/corpus/mayorkas-ice-sanctuary.html', import.meta.url),
)
const FIRST = 'I’m 100 percent opposed to the abolition of ICE.'

async function pwnedInAnyFrame(page: Page): Promise<unknown[]> {
  const flags: unknown[] = []
  for (const frame of page.frames()) {
    flags.push(await frame.evaluate(() => (window as { __pwned?: unknown }).__pwned))
  }
  return flags
}

test('a hostile web page imports as text: nothing runs, nothing is requested', async ({ page }) => {
  // A trap set before the app loads: any vector that runs records itself at that moment.
  await page.addInitScript(() => {
    const hits: string[] = []
    Object.defineProperty(window, '__pwnedHits', { value: hits })
    Object.defineProperty(window, '__pwned', {
      configurable: false,
      get: () => undefined,
      set: () => hits.push(new Error('__pwned set').stack ?? 'set'),
    })
  })
  const requests: string[] = []
  const origin = new URL(test.info().project.use.baseURL ?? 'http://127.0.0.1/').origin
  page.context().on('request', (request) => requests.push(request.url()))
  // Anything off the app's origin is aborted as well as recorded, so no beacon ever leaves.
  await page
    .context()
    .route('**/*', (route) =>
      route.request().url().startsWith(origin) ? route.continue() : route.abort(),
    )
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })

  await page.goto('/')
  await expect(page.getByRole('combobox', { name: 'Project' })).toContainText('Sample')
  await page.getByRole('button', { name: 'New project' }).click()
  await page.getByLabel('Project name').fill('Hostile page')
  await page.getByRole('button', { name: 'Create' }).click()
  await expect(page.getByRole('combobox', { name: 'Project' })).toContainText('Hostile page')
  const urlBefore = page.url()

  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Import', exact: true }).click()
  await (await chooser).setFiles(hostilePage)

  // The article is stored, opened and shown as text.
  const option = page.getByRole('option', { name: /DHS secretary won’t abolish ICE/ })
  await expect(option).toBeVisible()
  await option.click()
  await expect(page.locator('.ProseMirror')).toContainText(FIRST)
  await expect(page.locator('.ProseMirror')).not.toContainText('Subscribe to our newsletter')

  // Vectors that fire late (a refresh after 1 s, onerror after a failed load) get their chance.
  await page.waitForTimeout(2500)
  expect(await pwnedInAnyFrame(page)).toEqual(page.frames().map(() => undefined))
  expect(await page.evaluate(() => (window as { __pwnedHits?: string[] }).__pwnedHits)).toEqual([])
  expect(dialogs).toEqual([])
  expect(page.url()).toBe(urlBefore)
  const foreign = requests.filter(
    (url) => !url.startsWith(origin) && !/^(data|blob|about):/.test(url),
  )
  expect(foreign).toEqual([])
})
