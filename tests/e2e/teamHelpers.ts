import type { Browser, Page } from '@playwright/test'
import { expect, selectInReader } from './fixtures'

/** Opens a fresh app instance (a browser context of its own storage) with a coder name. */
export async function openApp(browser: Browser, name: string, errors: string[]): Promise<Page> {
  const context = await browser.newContext()
  const page = await context.newPage()
  page.on('console', (msg) => {
    // A refused request during the planned server outage is the browser's report, not the app's.
    if (
      msg.type() === 'error' &&
      !/ERR_CONNECTION_REFUSED|ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(msg.text())
    ) {
      errors.push(`${name}: ${msg.text()}`)
    }
  })
  page.on('pageerror', (error) => errors.push(`${name}: ${String(error)}`))
  await page.goto('/')
  await expect(page.getByRole('combobox', { name: 'Project' })).toContainText('Sample')
  await page.getByRole('button', { name: 'Settings' }).click()
  await page.getByLabel('Coder name').fill(name)
  await page.getByRole('button', { name: 'Save coder name' }).click()
  await page.keyboard.press('Escape')
  return page
}

/** Opens the Team panel. */
export async function openTeam(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Team', exact: true }).click()
  await expect(page.getByRole('dialog', { name: 'Team' })).toBeVisible()
}

/** Waits until the Team panel says "Synced" (the panel must be open). */
export async function waitSynced(page: Page, timeout = 30_000): Promise<void> {
  await expect(page.getByRole('status', { name: 'Sync status' })).toHaveText('Synced', { timeout })
}

/** Tags `fragment` in each listed document with a stance key (1–5) and saves it. */
export async function tagDocuments(page: Page, titles: string[], fragment: string, keys: string[]) {
  for (const [i, title] of titles.entries()) {
    await page.getByRole('option', { name: new RegExp(title) }).click()
    await expect(page.locator('.ProseMirror')).toContainText(fragment)
    await selectInReader(page, fragment)
    await expect(page.getByRole('radiogroup', { name: 'Stance' })).toBeVisible()
    await page.keyboard.press(keys[i] as string)
    await page.getByRole('button', { name: /^(Save|Tag)/ }).click()
    await expect(page.locator('.ProseMirror [data-ids]').first()).toBeVisible()
  }
}

type RawSpan = {
  id: string
  coder: string
  exact: string
  memo: string
  values: unknown
  deletedAt: number | null
}

/** Every span in the app's IndexedDB of a page, read raw (what the store really holds). */
export function readSpans(page: Page): Promise<RawSpan[]> {
  return page.evaluate(
    () =>
      new Promise<RawSpan[]>((resolve, reject) => {
        const open = indexedDB.open('newscoder')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const idb = open.result
          const request = idb.transaction('annotations').objectStore('annotations').getAll()
          request.onsuccess = () => {
            idb.close()
            resolve(request.result as RawSpan[])
          }
          request.onerror = () => reject(request.error)
        }
      }),
  )
}
