import { readdirSync, readFileSync, renameSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Page } from '@playwright/test'
import {
  browserModeContentSecurityPolicy,
  CONTENT_SECURITY_POLICY,
} from '../../src/main/contentSecurityPolicy'
import type { ColumnMapping, ImportedArticle } from '../../src/shared/import/importTypes'
import { mapTable } from '../../src/shared/import/mapTable'
import { parseFile } from '../../src/shared/import/parseFile'
import { normaliseText } from '../../src/shared/text/normaliseText'
import { expect, test } from './fixtures'
import { corpusPath, fileName, makeImportInputs, pdfFixture, wikinews } from './importInputs'

const MAPPING: ColumnMapping = { text: 'text', title: 'title', date: 'date', url: 'url' }
const QUOTE =
  '“I’m 100 percent opposed to the abolition of ICE. It is the opposite of what I think needs to occur.'
const words = (text: string): string[] => text.split(/\s+/).filter((w) => w !== '')
const mayorkas = normaliseText(readFileSync(corpusPath('mayorkas-ice-sanctuary.txt'), 'utf8'))
const headline = mayorkas.slice(0, mayorkas.indexOf('\n\n'))

type Stored = { fileName: string; title: string; text: string }

/** What the Node path (the unit-tested importers, outside any worker) makes of a file. */
async function nodeArticles(path: string): Promise<ImportedArticle[]> {
  const bytes = new Uint8Array(readFileSync(path))
  const outcome = await parseFile({ name: fileName(path), size: bytes.length, bytes })
  if (!outcome.ok) throw new Error(outcome.error)
  return outcome.kind === 'articles' ? outcome.articles : mapTable(outcome.table, MAPPING).articles
}

/** The documents and texts of the open project, read straight from the app's IndexedDB. */
function storedArticles(page: Page): Promise<Stored[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open('newscoder')
      req.onsuccess = () => resolve(req.result)
      req.onerror = () => reject(req.error)
    })
    const all = <T>(store: string) =>
      new Promise<T[]>((resolve, reject) => {
        const req = db.transaction(store).objectStore(store).getAll()
        req.onsuccess = () => resolve(req.result as T[])
        req.onerror = () => reject(req.error)
      })
    type Doc = { id: string; title: string; provenance: { fileName: string | null } }
    const docs = await all<Doc>('documents')
    const texts = new Map(
      (await all<{ documentId: string; text: string }>('texts')).map((t) => [t.documentId, t.text]),
    )
    db.close()
    return docs
      .filter((d) => d.provenance.fileName !== null)
      .map((d) => ({ fileName: d.provenance.fileName!, title: d.title, text: texts.get(d.id)! }))
  })
}

const key = (a: { title: string; text: string }) => `${a.title}\n${a.text}`

async function newProject(page: Page, name: string): Promise<void> {
  await page.goto('/')
  await expect(page.getByRole('combobox', { name: 'Project' })).toContainText('Sample')
  await page.getByRole('button', { name: 'New project' }).click()
  await page.getByLabel('Project name').fill(name)
  await page.getByRole('button', { name: 'Create' }).click()
  await expect(page.getByRole('combobox', { name: 'Project' })).toContainText(name)
}

async function chooseFiles(page: Page, files: string[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Import', exact: true }).click()
  await (await chooser).setFiles(files)
}

test('every format imports through the app’s worker with its text intact', async ({ page }) => {
  const files = await makeImportInputs()
  const origin = new URL(test.info().project.use.baseURL!).origin
  const requests: string[] = []
  const workers: string[] = []
  page.context().on('request', (request) => requests.push(request.url()))
  page.on('worker', (worker) => workers.push(worker.url()))
  await newProject(page, 'Formats')

  await chooseFiles(page, files)
  // One mapping for the four tables (same columns), then the Mayorkas article's other forms
  // and the archive samples' shared articles come up as duplicates: all are imported.
  const mapping = page.getByRole('dialog', { name: 'Map columns' })
  await mapping.getByRole('button', { name: 'Import 8 articles' }).click()
  const duplicates = page.getByRole('dialog', { name: 'Duplicates' })
  await duplicates.getByRole('button', { name: 'Import anyway' }).click()
  await duplicates.getByRole('button', { name: 'Continue' }).click()
  const summary = page.getByRole('dialog', { name: 'Import summary' })
  const done = page.getByText(/^Imported \d+ articles\.$/)
  await expect(summary.or(done).first()).toBeVisible()
  // A failed file is named in the summary with the worker's reason: fail with that text.
  expect(await summary.isVisible().then((v) => (v ? summary.innerText() : ''))).toBe('')

  // pdf.js ran in its own worker, an asset of the app served under the desktop app's CSP, and
  // nothing was fetched from anywhere else.
  const pdfWorker = workers.find((url) => /\/assets\/pdf\.worker-[\w-]+\.js$/.test(url))
  expect(pdfWorker, workers.join(', ')).toMatch(new RegExp(`^${origin}/`))
  const workerResponse = await page.request.get(pdfWorker!)
  // Browser mode serves the app's policy with team servers admitted to connect-src (ADR 0020).
  expect(workerResponse.headers()['content-security-policy']).toBe(
    browserModeContentSecurityPolicy(CONTENT_SECURITY_POLICY),
  )
  expect(
    requests.filter((url) => !url.startsWith(`${origin}/`) && !url.startsWith('data:')),
  ).toEqual([])

  const stored = await storedArticles(page)
  const byFile = (path: string) => stored.filter((s) => s.fileName === fileName(path))
  // Each file gives, through the worker, exactly what the unit-tested Node path gives.
  for (const path of files) {
    const expected = (await nodeArticles(path)).map(key).sort()
    expect(byFile(path).map(key).sort(), fileName(path)).toEqual(expected)
  }
  expect(stored).toHaveLength(36)

  // And each text is its source's, word for word.
  const one = (name: string) => {
    const found = stored.filter((s) => s.fileName === name)
    expect(found, name).toHaveLength(1)
    return found[0]!
  }
  expect(one('mayorkas-ice-sanctuary.txt').text).toBe(mayorkas)
  // The Windows-1252 file has plain spaces where the UTF-8 file has NBSP (see the corpus test).
  expect(one('mayorkas-ice-sanctuary.cp1252.txt').text).toBe(mayorkas.replace(/\u00a0/g, ' '))
  const article = (a: { title: string; paragraphs: string[] }) =>
    normaliseText([a.title, ...a.paragraphs].join('\n\n'))
  expect(one('wikinews-04.utf16.txt').text).toBe(article(wikinews('04-')))
  expect(one('wikinews-05.docx').text).toBe(article(wikinews('05-')))
  expect(words(one('wikinews-02.mhtml').text)).toEqual(words(article(wikinews('02-'))))
  expect(one('mayorkas-ice-sanctuary.html').text).toContain(QUOTE)

  const pdf = one('mayorkas-justified.pdf')
  expect(pdf.title).toBe(headline)
  expect(words(pdf.text)).toEqual(words(mayorkas))
  expect(pdf.text).toContain(QUOTE)
  const columns = one('wikinews-two-columns.pdf')
  expect(words(columns.text)).toEqual(words(article(wikinews('06-'))))
  expect(columns.title).toBe(wikinews('06-').title)
})

test('a PDF reader that cannot start is the app’s fault, and the next PDF tries again', async ({
  page,
  consoleErrors,
}) => {
  await newProject(page, 'Broken build')
  // A build that lost pdf.js's worker script: the server answers with the page instead (no
  // route can stop it, workers started by workers are beyond Playwright's routing).
  const assets = fileURLToPath(new URL('../../dist/web/assets/', import.meta.url))
  const script = readdirSync(assets).find((name) => /^pdf\.worker-[\w-]+\.js$/.test(name))!
  renameSync(assets + script, `${assets}${script}.hidden`)
  try {
    await chooseFiles(page, [pdfFixture('wikinews-two-columns.pdf')])
    const summary = page.getByRole('dialog', { name: 'Import summary' })
    await expect(summary).toContainText(
      '“wikinews-two-columns.pdf” was not imported: the app’s PDF reader failed (The pdf.js worker did not start: its script could not be loaded). The file may be fine',
    )
    await expect(summary).not.toContainText('damaged')
    // The developer console has the cause; it and the failed load are the errors allowed here.
    expect(
      consoleErrors.filter((e) => e.startsWith('Import of wikinews-two-columns.pdf failed:')),
    ).toHaveLength(1)
    consoleErrors.length = 0
    await summary.getByRole('button', { name: 'OK' }).click()
  } finally {
    renameSync(`${assets}${script}.hidden`, assets + script)
  }

  await chooseFiles(page, [pdfFixture('wikinews-two-columns.pdf')])
  await expect(page.getByText('Imported 1 article.')).toBeVisible()
  // The user reads the printed article as text, the columns in order.
  await expect(page.locator('.ProseMirror')).toContainText(
    'He died from his injuries at John Radcliffe Hospital a short time later.',
  )
  await page.screenshot({ path: 'test-results/import-pdf-two-columns.png' })
})
