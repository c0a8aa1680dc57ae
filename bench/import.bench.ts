import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test, type Page } from '@playwright/test'
import { firstStart, watchPage } from './benchPage'
import { docxFile, hostileShapedPage, importArticles } from './generateImportFiles'
import { profiled } from './profiling'
import { percentile, recordFigure } from './results'

const corpus = (name: string) =>
  fileURLToPath(new URL(`../../shared/corpus/wikinews/${name}`, import.meta.url))

async function newProject(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'New project' }).click()
  await page.getByLabel('Project name').fill(name)
  await page.getByRole('button', { name: 'Create' }).click()
  await expect(page.getByRole('combobox', { name: 'Project' })).toContainText(name)
}

/** Starts recording rAF intervals (main-thread frames) in the page. */
function startFrameProbe(page: Page) {
  return page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __framesOn: boolean }
    w.__frames = []
    w.__framesOn = true
    let last = performance.now()
    const tick = (now: number) => {
      w.__frames.push(now - last)
      last = now
      if (w.__framesOn) requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
  })
}

function stopFrameProbe(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __framesOn: boolean }
    w.__framesOn = false
    return w.__frames
  })
}

/** Marks the start in page time; resolves with the page time the import notice appeared. */
async function importTimed(page: Page, count: number, start: () => Promise<void>) {
  const t0 = await page.evaluate(() => performance.now())
  await start()
  const done = await page.waitForFunction(
    (n) => (document.body.innerText.includes(`Imported ${n} articles.`) ? performance.now() : 0),
    count,
    { timeout: 300_000, polling: 50 },
  )
  return ((await done.jsonValue()) as number) - t0
}

async function pickFiles(page: Page, paths: string[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Import', exact: true }).click()
  await (await chooser).setFiles(paths)
}

function writeFiles(files: { name: string; data: string | Uint8Array }[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'newscoder-bench-import-'))
  return files.map((f) => {
    const path = join(dir, f.name)
    writeFileSync(path, f.data)
    return path
  })
}

const rate = (articles: number, ms: number) => (articles * 1000) / ms

test('import: Wikinews CSVs, 1,000 hostile-shaped HTML pages, 200 .docx, frames meanwhile', async ({
  page,
  browser,
}) => {
  const seen = watchPage(page)
  // Hostile pages point at beacon.invalid: nothing may leave the app's origin.
  const origin = new URL(test.info().project.use.baseURL ?? 'http://127.0.0.1/').origin
  await page
    .context()
    .route('**/*', (route) =>
      route.request().url().startsWith(origin) ? route.continue() : route.abort(),
    )
  await firstStart(page)

  // 1. CSV: the two Wikinews files, from the mapping step's button to the stored articles.
  await newProject(page, 'Bench CSV')
  await pickFiles(page, [corpus('wikinews_2019.csv'), corpus('wikinews_2020.csv')])
  const mapButton = page.getByRole('button', { name: 'Import 295 articles' })
  await expect(mapButton).toBeVisible({ timeout: 60_000 })
  const csvMs = await profiled(page, browser, 'import-csv', () =>
    importTimed(page, 295, () => mapButton.click()),
  )
  recordFigure({
    key: 'importCsv',
    label: 'Import 295 Wikinews CSV rows (mapping → stored)',
    value: rate(295, csvMs),
    unit: 'articles/s',
    target: 500,
    atLeast: true,
    method: 'UI: "Import 295 articles" click → "Imported 295 articles." notice, page clock',
    details: { ms: Math.round(csvMs) },
  })

  // 2. HTML: 1,000 distinct pages shaped like the hostile page; frames recorded meanwhile.
  await newProject(page, 'Bench HTML')
  const pages = importArticles(1000, 4242).map((a, i) => ({
    name: `page-${String(i).padStart(4, '0')}.html`,
    data: hostileShapedPage(a, i),
  }))
  const htmlPaths = writeFiles(pages)
  await startFrameProbe(page)
  const htmlMs = await importTimed(page, 1000, () => pickFiles(page, htmlPaths))
  const frames = await stopFrameProbe(page)
  recordFigure({
    key: 'importHtml',
    label: 'Import 1,000 hostile-shaped HTML pages',
    value: rate(1000, htmlMs),
    unit: 'articles/s',
    target: 50,
    atLeast: true,
    method: 'UI: files chosen → "Imported 1000 articles." notice (worker parses, renderer stores)',
    details: { ms: Math.round(htmlMs) },
  })
  recordFigure({
    key: 'importFrameP95',
    label: 'UI rAF frame interval p95 during import',
    value: percentile(frames, 95),
    unit: 'ms',
    target: 50,
    method: 'requestAnimationFrame intervals during the 1,000-page HTML import',
    details: { frames: frames.length, max: Math.round(Math.max(...frames)) },
  })
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined()

  // 3. .docx: 200 generated Word files.
  await newProject(page, 'Bench DOCX')
  const docs = importArticles(200, 777).map((a, i) => ({
    name: `doc-${String(i).padStart(3, '0')}.docx`,
    data: docxFile(a),
  }))
  const docxMs = await importTimed(page, 200, () => pickFiles(page, writeFiles(docs)))
  recordFigure({
    key: 'importDocx',
    label: 'Import 200 .docx files',
    value: rate(200, docxMs),
    unit: 'articles/s',
    target: 20,
    atLeast: true,
    method: 'UI: files chosen → "Imported 200 articles." notice',
    details: { ms: Math.round(docxMs) },
  })
  expect(seen.errors).toEqual([])
})
