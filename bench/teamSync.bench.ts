import { expect, test, type Browser, type Page } from '@playwright/test'
import { ADMIN, startCouchServer } from '../tests/e2e/couchServer'
import { openTeam, readSpans, tagDocuments, waitSynced } from '../tests/e2e/teamHelpers'
import { expectProject, firstStart, watchPage } from './benchPage'
import { generateProject } from './generateProject'
import { countRows, insertProject, putRows } from './idb'
import { percentile, recordFigure } from './results'

const DOCUMENTS = 5_000
const SPANS = 100_000
const LEAD_PASSWORD = 'bench-lead-password'

async function newPage(browser: Browser): Promise<Page> {
  const page = await (
    await browser.newContext({ viewport: { width: 1280, height: 800 } })
  ).newPage()
  watchPage(page)
  return page
}

async function join(page: Page, invitation: string, password: string): Promise<void> {
  await openTeam(page)
  const panel = page.getByRole('dialog', { name: 'Team' })
  await panel.getByLabel('Invitation', { exact: true }).fill(invitation)
  await panel.getByLabel('Password', { exact: true }).fill(password)
  await panel.getByRole('button', { name: 'Join' }).click()
}

/** Writes spans of a coder with their outbox entries, as the app's middleware would. */
async function writeSpans(page: Page, coder: string, count: number, prefix: string): Promise<void> {
  const template = (await readSpans(page)).find((s) => s.coder === coder)
  if (!template) throw new Error(`no span of ${coder} to copy`)
  const full = await page.evaluate(
    (id) =>
      new Promise<Record<string, unknown>>((resolve) => {
        const open = indexedDB.open('newscoder')
        open.onsuccess = () => {
          const r = open.result.transaction('annotations').objectStore('annotations').get(id)
          r.onsuccess = () => resolve(r.result as Record<string, unknown>)
        }
      }),
    template.id,
  )
  const spans = Array.from({ length: count }, (_, i) => ({
    ...full,
    id: `${prefix}-${i}`,
    memo: `${prefix} ${i}`,
  }))
  const now = Date.now() * 1000
  await putRows(page, {
    annotations: spans,
    syncOutbox: spans.map((s, i) => ({
      docId: `annotation:${s.id}`,
      projectId: full['projectId'],
      table: 'annotations',
      key: s.id,
      deleted: false,
      deletedRow: null,
      stamp: now + i,
    })),
  })
}

test('team sync: first sync of 5,000 articles and 100,000 spans, convergence, tag → lead', async ({
  browser,
}) => {
  test.setTimeout(1_800_000)
  const server = await startCouchServer()
  try {
    const data = generateProject({
      seed: 15_015,
      name: 'Bench: team project',
      documents: DOCUMENTS,
      words: (rng) => rng.int(250, 700),
      perDocument: SPANS / DOCUMENTS,
    })
    for (const a of data.annotations) (a as { coder: string }).coder = 'Lee'
    const lead = await newPage(browser)
    await firstStart(lead)
    await lead.getByRole('button', { name: 'Settings' }).click()
    await lead.getByLabel('Coder name').fill('Lee')
    await lead.getByRole('button', { name: 'Save coder name' }).click()
    await lead.keyboard.press('Escape')
    await insertProject(lead, data)
    await lead.reload()
    await expectProject(lead, data.project.name)

    // First sync: set-up through the Team panel until it says Synced.
    await openTeam(lead)
    const panel = lead.getByRole('dialog', { name: 'Team' })
    await panel.getByLabel('Server URL').fill(server.url)
    await panel.getByLabel('Server admin').fill(ADMIN.user)
    await panel.getByLabel('Admin password').fill(ADMIN.password)
    await panel.getByLabel('Your password').fill(LEAD_PASSWORD)
    await panel.getByLabel('Coders (one per line)').fill('Ann\nBen')
    const started = Date.now()
    await panel.getByRole('button', { name: 'Set up team project' }).click()
    const invitation = async (user: string) =>
      (await panel.getByLabel(`Invitation for ${user}`).textContent()) ?? ''
    const password = async (user: string) =>
      (await panel.getByLabel(`Password for ${user}`).textContent()) ?? ''
    await expect(panel.getByLabel('Invitation for Ben')).toBeVisible()
    const invites = {
      Ann: [await invitation('Ann'), await password('Ann')] as const,
      Ben: [await invitation('Ben'), await password('Ben')] as const,
    }
    await waitSynced(lead, 1_500_000)
    const firstSyncMs = Date.now() - started
    recordFigure({
      key: 'teamFirstSync',
      label: 'Team: first sync of 5,000 articles + 100,000 spans (lead)',
      value: firstSyncMs,
      unit: 'ms',
      target: 300_000,
      method: 'Set up team project → Team panel says Synced; pouchdb-server (LevelDB) on loopback',
    })
    await lead.keyboard.press('Escape')

    // A coder joins: the 5,000 articles and texts arrive.
    const coders: Record<'Ann' | 'Ben', Page> = {
      Ann: await newPage(browser),
      Ben: await newPage(browser),
    }
    for (const name of ['Ann', 'Ben'] as const) {
      const page = coders[name]
      await firstStart(page)
      const joinStarted = Date.now()
      await join(page, invites[name][0], invites[name][1])
      await waitSynced(page, 1_500_000)
      {
        recordFigure({
          key: 'teamJoin',
          label: 'Team: a coder joins (5,000 articles arrive)',
          value: Date.now() - joinStarted,
          unit: 'ms',
          target: 120_000,
          method: 'Join → Synced; documents and texts validated and written to Dexie',
        })
        expect(await countRows(page, 'documents', 'projectId', data.project.id)).toBe(DOCUMENTS)
      }
      await page.keyboard.press('Escape')
    }
  } finally {
    await server.stop()
  }
})

const STEADY_DOCS = ['Budget row deepens', 'Border bill stalls', 'Port strike ends']
const FRAGMENT = 'the plan will fail'

test('team sync in steady state: tag → lead, 1,000 spans per coder converge', async ({
  browser,
}) => {
  test.setTimeout(900_000)
  const server = await startCouchServer()
  try {
    const lead = await newPage(browser)
    await firstStart(lead)
    await lead.getByRole('button', { name: 'New project' }).click()
    await lead.getByLabel('Project name').fill('Bench: steady state')
    await lead.getByRole('button', { name: 'Create' }).click()
    for (const [i, title] of STEADY_DOCS.entries()) {
      await lead
        .getByRole('group', { name: 'Articles' })
        .getByRole('button', { name: 'Paste text' })
        .click()
      await lead
        .getByRole('textbox', { name: 'Text', exact: true })
        .fill(
          `${title}\n\nOn day ${i + 1} the minister said the plan will fail. Critics disagreed.`,
        )
      await lead.getByRole('button', { name: 'Add article' }).click()
    }
    await openTeam(lead)
    const panel = lead.getByRole('dialog', { name: 'Team' })
    await panel.getByLabel('Server URL').fill(server.url)
    await panel.getByLabel('Server admin').fill(ADMIN.user)
    await panel.getByLabel('Admin password').fill(ADMIN.password)
    await panel.getByLabel('Your user name').fill('Lee')
    await panel.getByLabel('Your password').fill(LEAD_PASSWORD)
    await panel.getByLabel('Coders (one per line)').fill('Ann\nBen')
    await panel.getByRole('button', { name: 'Set up team project' }).click()
    await expect(panel.getByLabel('Invitation for Ben')).toBeVisible()
    const invites = {
      Ann: [
        (await panel.getByLabel('Invitation for Ann').textContent()) ?? '',
        (await panel.getByLabel('Password for Ann').textContent()) ?? '',
      ],
      Ben: [
        (await panel.getByLabel('Invitation for Ben').textContent()) ?? '',
        (await panel.getByLabel('Password for Ben').textContent()) ?? '',
      ],
    } as const
    await waitSynced(lead)
    await lead.keyboard.press('Escape')
    const coders: Record<'Ann' | 'Ben', Page> = {
      Ann: await newPage(browser),
      Ben: await newPage(browser),
    }
    for (const name of ['Ann', 'Ben'] as const) {
      await firstStart(coders[name])
      await join(coders[name], invites[name][0], invites[name][1])
      await waitSynced(coders[name])
      await coders[name].keyboard.press('Escape')
      await expect(
        coders[name].getByRole('option', { name: new RegExp(STEADY_DOCS[2] ?? '') }),
      ).toBeVisible()
    }
    const title = STEADY_DOCS[0] ?? ''
    const fragment = FRAGMENT
    // Steady state: a tag in Ann's reader until it is in the lead's store.
    const latencies: number[] = []
    for (let trial = 0; trial < 8; trial++) {
      const before = (await readSpans(lead)).filter((s) => s.coder === 'Ann').length
      const t0 = Date.now()
      await tagDocuments(coders.Ann, [title], fragment, ['2'])
      await expect
        .poll(async () => (await readSpans(lead)).filter((s) => s.coder === 'Ann').length, {
          timeout: 60_000,
          intervals: [50],
        })
        .toBe(before + 1)
      latencies.push(Date.now() - t0)
    }
    recordFigure({
      key: 'teamTagLatency',
      label: 'Team: tag (coder) → in the lead’s store, median',
      value: percentile(latencies, 50),
      unit: 'ms',
      target: 5000,
      method: 'UI tag in Ann’s reader; poll of the lead’s IndexedDB every 50 ms; 8 trials',
      details: { p95: percentile(latencies, 95) },
    })

    // Convergence: 1,000 spans per coder written offline-style, until the lead has all of them.
    const leadHas = async () =>
      (await readSpans(lead)).filter((s) => s.memo.startsWith('converge-')).length
    const t0 = Date.now()
    await writeSpans(coders.Ann, 'Ann', 1000, 'converge-ann')
    await tagDocuments(coders.Ben, [title], fragment, ['3'])
    await writeSpans(coders.Ben, 'Ben', 1000, 'converge-ben')
    await expect.poll(leadHas, { timeout: 600_000, intervals: [200] }).toBe(2000)
    recordFigure({
      key: 'teamConverge',
      label: 'Team: 1,000 spans per coder (2 coders) converge at the lead',
      value: Date.now() - t0,
      unit: 'ms',
      target: 30_000,
      method: 'spans + outbox entries written in one transaction per coder; until the lead has all',
    })
  } finally {
    await server.stop()
  }
})
