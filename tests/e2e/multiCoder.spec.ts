import { readFileSync } from 'node:fs'
import type { Browser, Page } from '@playwright/test'
import Papa from 'papaparse'
import { coderColour } from '../../src/renderer/features/coders/coderColour'
import { krippendorffAlpha } from '../../src/shared/agreement/krippendorffAlpha'
import { expect, selectInReader, test } from './fixtures'

const FRAGMENT = 'the plan will fail'
const DOCS = ['Budget row deepens', 'Border bill stalls', 'Port strike ends'].map((title, i) => ({
  title,
  text: `${title}\n\nOn day ${i + 1} the minister said the plan will fail. Critics disagreed.`,
}))
// Stance keys 1–5 run from strongly against to strongly in favour; coder B differs on document 2.
const STANCE_A = ['1', '2', '4']
const STANCE_B = ['1', '3', '4']
const STANCE_IDS: Record<string, string> = {
  '1': 'stance.strongly_against',
  '2': 'stance.against',
  '3': 'stance.neutral',
  '4': 'stance.in_favour',
}

async function openCoder(browser: Browser, name: string, errors: string[]): Promise<Page> {
  const context = await browser.newContext({ acceptDownloads: true })
  const page = await context.newPage()
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`${name}: ${msg.text()}`)
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

async function download(page: Page, button: string): Promise<string> {
  const waiting = page.waitForEvent('download')
  await page.getByRole('button', { name: button }).click()
  const file = await waiting
  const path = `/tmp/nc-e2e-${Date.now()}-${file.suggestedFilename()}`
  await file.saveAs(path)
  return path
}

async function receive(page: Page, path: string): Promise<void> {
  await page.getByRole('button', { name: 'Coders', exact: true }).click()
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Receive coding' }).click()
  await (await chooser).setFiles(path)
  await expect(page.getByRole('status', { name: 'Receive report' })).toBeVisible()
}

async function codeDocuments(page: Page, keys: string[]): Promise<void> {
  for (const [i, doc] of DOCS.entries()) {
    await page.getByRole('option', { name: new RegExp(doc.title) }).click()
    await expect(page.locator('.ProseMirror')).toContainText(FRAGMENT)
    await selectInReader(page, FRAGMENT)
    await expect(page.getByRole('radiogroup', { name: 'Stance' })).toBeVisible()
    await page.keyboard.press(keys[i] as string)
    await page.getByRole('button', { name: /^(Save|Tag)/ }).click()
    await expect(page.locator('.ProseMirror [data-ids]').first()).toBeVisible()
  }
}

test('two coders exchange packages, see their agreement, adjudicate and export the consensus', async ({
  browser,
}) => {
  test.setTimeout(180_000)
  const errors: string[] = []
  const a = await openCoder(browser, 'Alice', errors)
  const b = await openCoder(browser, 'Bob', errors)

  // Coder A sets up the project and sends its skeleton to coder B.
  await a.getByRole('button', { name: 'New project' }).click()
  await a.getByLabel('Project name').fill('Reliability study')
  await a.getByRole('button', { name: 'Create' }).click()
  for (const doc of DOCS) {
    await a
      .getByRole('group', { name: 'Articles' })
      .getByRole('button', { name: 'Paste text' })
      .click()
    await a.getByRole('textbox', { name: 'Text', exact: true }).fill(doc.text)
    await a.getByRole('button', { name: 'Add article' }).click()
    await expect(a.getByRole('option', { name: new RegExp(doc.title) })).toBeVisible()
  }
  await a.getByRole('button', { name: 'Coders', exact: true }).click()
  const skeleton = await download(a, 'Send project skeleton')
  // A skeleton is the same zipped package as a coding package.
  expect(skeleton).toMatch(/-skeleton-\d{4}-\d\d-\d\d\.ncpkg$/)
  expect([...readFileSync(skeleton).subarray(0, 2)]).toEqual([0x50, 0x4b])
  await a.keyboard.press('Escape')
  await receive(b, skeleton)
  await expect(b.getByRole('status', { name: 'Receive report' })).toContainText('3 documents added')
  await b.keyboard.press('Escape')
  await expect(b.getByRole('combobox', { name: 'Project' })).toContainText('Reliability study')

  // Both code the same span of each document; they disagree on document 2.
  await codeDocuments(a, STANCE_A)
  await codeDocuments(b, STANCE_B)

  // B sends the coding, A receives it.
  await b.getByRole('button', { name: 'Coders', exact: true }).click()
  const coding = await download(b, 'Send my coding')
  await receive(a, coding)
  await expect(a.getByRole('status', { name: 'Receive report' })).toContainText(
    '3 annotations added',
  )
  await a.keyboard.press('Escape')

  // Showing every coder colours the highlights by coder: both coded the same span, so it is mixed.
  const showCoder = a.getByRole('combobox', { name: 'Show coder' })
  await showCoder.selectOption({ label: 'All coders' })
  const legend = a.getByRole('list', { name: 'Coder colours' })
  await expect(legend.getByRole('listitem')).toHaveText(['Alice', 'Bob', 'several coders'])
  await expect(a.locator('.ProseMirror .hl.c-mixed').first()).toBeVisible()
  await a.screenshot({ path: '/tmp/nc-coder-colours.png' })
  await showCoder.selectOption({ label: 'Bob' })
  await expect(a.locator(`.ProseMirror .hl.c${coderColour('Bob')}`).first()).toBeVisible()
  await expect(legend).toBeHidden()
  // Bob's span opens read-only for Alice: no controls that would change his coding.
  await a.locator('.ProseMirror .hl').first().click()
  await expect(a.getByRole('note')).toHaveText('Coded by Bob — read-only')
  await a.screenshot({ path: '/tmp/nc-read-only-span.png' })
  await expect(a.getByRole('button', { name: 'Delete', exact: true })).toHaveCount(0)
  await a.getByRole('button', { name: 'Close', exact: true }).click()
  await showCoder.selectOption({ label: 'Mine (Alice)' })
  await expect(a.locator('.ProseMirror .hl').first()).not.toHaveClass(/\bc(\d|-mixed)\b/)

  // The Agreement view shows ordinal alpha as computed here from the constructed data.
  await a.getByRole('button', { name: 'Agreement' }).click()
  await a.getByRole('radio', { name: 'Exact offsets' }).check()
  await a.getByRole('button', { name: 'Compute agreement' }).click()
  const expected = krippendorffAlpha(
    [STANCE_A.map((k) => STANCE_IDS[k] ?? null), STANCE_B.map((k) => STANCE_IDS[k] ?? null)],
    'ordinal',
    { order: ['stance.strongly_against', 'stance.against', 'stance.neutral', 'stance.in_favour'] },
  ).alpha
  const table = a.getByRole('table', { name: 'Agreement coefficients' })
  const row = table.getByRole('row').filter({ hasText: 'Stance' }).filter({ hasText: 'ordinal' })
  await expect(row.first()).toContainText(expected.toFixed(3))
  await expect(a.getByText('Matching rule: exact offsets', { exact: false }).first()).toBeVisible()
  const agreementFile = await download(a, 'Export agreement CSV')
  const agreementRows = Papa.parse<Record<string, string>>(readFileSync(agreementFile, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  }).data
  expect(agreementRows.every((r) => r.matching_rule === 'exact offsets')).toBe(true)
  await a.keyboard.press('Escape')

  // Adjudicate document 2: accept Bob's version with a reason.
  await a.getByRole('option', { name: new RegExp(DOCS[1]?.title ?? '') }).click()
  await a.getByRole('button', { name: 'Adjudicate' }).click()
  const unit = a.getByRole('listitem', { name: 'Unit 1' })
  await unit.getByRole('textbox', { name: 'Reason for Unit 1' }).fill('The minister only reports')
  await unit.getByRole('button', { name: 'Accept Bob’s version' }).click()
  await expect(unit.getByRole('status')).toContainText('Decided by Alice')
  await a.keyboard.press('Escape')

  // Adjudicate document 3 with a consensus written from scratch.
  await a.getByRole('option', { name: new RegExp(DOCS[2]?.title ?? '') }).click()
  await a.getByRole('button', { name: 'Adjudicate' }).click()
  await unit.getByRole('button', { name: 'Write a consensus for Unit 1' }).click()
  const form = unit.getByRole('form', { name: 'Consensus for Unit 1' })
  await form.getByRole('radio', { name: 'Against', exact: true }).check()
  await unit.getByRole('textbox', { name: 'Reason for Unit 1' }).fill('Irony, read in context')
  await a.screenshot({ path: '/tmp/nc-free-form-consensus.png' })
  await form.getByRole('button', { name: 'Save consensus' }).click()
  await expect(unit.getByRole('status')).toContainText('a free-form consensus')
  await a.keyboard.press('Escape')

  // The consensus layer exports like any coder.
  await a
    .getByRole('group', { name: 'Articles' })
    .getByRole('button', { name: 'Export', exact: true })
    .click()
  const csv = await download(a, 'Export CSV')
  const rows = Papa.parse<Record<string, string>>(
    readFileSync(csv, 'utf8').replace(/^\ufeff/, ''),
    {
      header: true,
      skipEmptyLines: true,
    },
  ).data
  const consensus = rows.filter((r) => r.coder === 'Consensus')
  expect(consensus.map((r) => r.stance).sort()).toEqual(['Against', 'Neutral / balanced'])
  expect(errors).toEqual([])
})
