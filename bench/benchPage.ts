import { expect, type Page } from '@playwright/test'

/** Console errors and uncaught exceptions of a page; uncaught exceptions fail the bench. */
export function watchPage(page: Page): { errors: string[]; consoleErrors: string[] } {
  const seen = { errors: [] as string[], consoleErrors: [] as string[] }
  page.on('pageerror', (e) => seen.errors.push(String(e)))
  page.on('console', (m) => {
    if (m.type() === 'error') seen.consoleErrors.push(m.text())
  })
  return seen
}

/** First start: waits until the app has created its database and the sample project. */
export async function firstStart(page: Page): Promise<void> {
  await page.goto('/')
  await expect(page.getByRole('combobox', { name: 'Project' })).toContainText('Sample', {
    timeout: 60_000,
  })
}

/** After a reload, waits until the app shows project `name`. */
export async function expectProject(page: Page, name: string): Promise<void> {
  await expect(page.getByRole('combobox', { name: 'Project' })).toContainText(name, {
    timeout: 60_000,
  })
}
