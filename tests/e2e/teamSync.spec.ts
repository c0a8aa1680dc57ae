import { coderDatabaseName } from '../../src/shared/sync/databaseNames'
import { parseInvitation } from '../../src/shared/sync/invitation'
import { krippendorffAlpha } from '../../src/shared/agreement/krippendorffAlpha'
import { ADMIN, freePort, startCouchServer } from './couchServer'
import { expect, test } from './fixtures'
import { openApp, openTeam, readSpans, tagDocuments, waitSynced } from './teamHelpers'

const FRAGMENT = 'the plan will fail'
const DOCS = ['Budget row deepens', 'Border bill stalls', 'Port strike ends'].map((title, i) => ({
  title,
  text: `${title}\n\nOn day ${i + 1} the minister said the plan will fail. Critics disagreed.`,
}))
const TITLES = DOCS.map((d) => d.title)
const STANCE_ANN = ['1', '2', '4']
const STANCE_BEN = ['1', '3', '4']
const STANCE_IDS: Record<string, string> = {
  '1': 'stance.strongly_against',
  '2': 'stance.against',
  '3': 'stance.neutral',
  '4': 'stance.in_favour',
}
const LEAD_PASSWORD = 'lead-password-1'

let server: Awaited<ReturnType<typeof startCouchServer>>

test.beforeAll(async () => {
  server = await startCouchServer()
})
test.afterAll(async () => {
  await server?.stop()
})

test('a lead and two coders run a blind study through the server, which may die mid-sync', async ({
  browser,
}) => {
  test.setTimeout(240_000)
  const errors: string[] = []
  const lead = await openApp(browser, 'Lee', errors)

  // The lead makes a project of three articles and sets it up as a team project.
  await lead.getByRole('button', { name: 'New project' }).click()
  await lead.getByLabel('Project name').fill('Team study')
  await lead.getByRole('button', { name: 'Create' }).click()
  for (const doc of DOCS) {
    await lead
      .getByRole('group', { name: 'Articles' })
      .getByRole('button', { name: 'Paste text' })
      .click()
    await lead.getByRole('textbox', { name: 'Text', exact: true }).fill(doc.text)
    await lead.getByRole('button', { name: 'Add article' }).click()
    await expect(lead.getByRole('option', { name: new RegExp(doc.title) })).toBeVisible()
  }
  await openTeam(lead)
  const team = lead.getByRole('dialog', { name: 'Team' })
  await team.getByLabel('Server URL').fill(server.url)
  await team.getByLabel('Server admin').fill(ADMIN.user)
  await team.getByLabel('Admin password').fill(ADMIN.password)
  await team.getByLabel('Your password').fill(LEAD_PASSWORD)
  await team.getByLabel('Coders (one per line)').fill('Ann\nBen')
  await team.getByRole('button', { name: 'Set up team project' }).click()
  const invitation = (user: string) => team.getByLabel(`Invitation for ${user}`).textContent()
  const password = (user: string) => team.getByLabel(`Password for ${user}`).textContent()
  await expect(team.getByLabel('Invitation for Ben')).toBeVisible()
  const invites = {
    Ann: { invitation: (await invitation('Ann')) ?? '', password: (await password('Ann')) ?? '' },
    Ben: { invitation: (await invitation('Ben')) ?? '', password: (await password('Ben')) ?? '' },
  }
  await lead.screenshot({ path: '/tmp/nc-team-setup.png' })
  await lead.keyboard.press('Escape')
  await openTeam(lead)
  await waitSynced(lead)
  await lead.keyboard.press('Escape')

  // Each coder joins with the invitation and the password, and gets the project.
  const coders: Record<'Ann' | 'Ben', Awaited<ReturnType<typeof openApp>>> = {
    Ann: await openApp(browser, 'Someone', errors),
    Ben: await openApp(browser, 'Ben', errors),
  }
  for (const name of ['Ann', 'Ben'] as const) {
    const page = coders[name]
    await openTeam(page)
    const panel = page.getByRole('dialog', { name: 'Team' })
    await panel.getByLabel('Invitation', { exact: true }).fill(invites[name].invitation)
    await panel.getByLabel('Password', { exact: true }).fill(invites[name].password)
    await panel.getByRole('button', { name: 'Join' }).click()
    await waitSynced(page)
    await expect(panel).toContainText(`${name} (coder)`)
    await page.keyboard.press('Escape')
    await expect(page.getByRole('combobox', { name: 'Project' })).toContainText('Team study')
    await expect(page.getByRole('option', { name: new RegExp(TITLES[2] as string) })).toBeVisible()
  }

  // Both code offline: nothing waits on the network.
  for (const page of Object.values(coders)) await page.context().setOffline(true)
  await tagDocuments(coders.Ann, TITLES, FRAGMENT, STANCE_ANN)
  await tagDocuments(coders.Ben, TITLES, FRAGMENT, STANCE_BEN)
  await openTeam(coders.Ann)
  await expect(coders.Ann.getByRole('status', { name: 'Sync status' })).toContainText('Offline', {
    timeout: 15_000,
  })
  await coders.Ann.screenshot({ path: '/tmp/nc-team-offline.png' })
  await coders.Ann.keyboard.press('Escape')
  for (const page of Object.values(coders)) await page.context().setOffline(false)
  for (const page of Object.values(coders)) {
    await openTeam(page)
    await waitSynced(page)
    await page.keyboard.press('Escape')
  }

  // Blind on the server: a coder's credentials cannot read the other coder's database.
  const { projectDb } = parseInvitation(invites.Ann.invitation)
  const auth = (user: string, pw: string) =>
    `Basic ${Buffer.from(`${user}:${pw}`).toString('base64')}`
  const bensDb = `${server.url}/${coderDatabaseName(projectDb, 'Ben')}`
  for (const path of ['', '/_all_docs', '/_changes']) {
    const denied = await fetch(`${bensDb}${path}`, {
      headers: { Authorization: auth('Ann', invites.Ann.password) },
    })
    expect([401, 403], `Ann on Ben's database${path}`).toContain(denied.status)
  }
  // Nor write there, nor write the project database (validate_doc_update on the server).
  const write = (url: string) =>
    fetch(url, {
      method: 'PUT',
      headers: {
        Authorization: auth('Ann', invites.Ann.password),
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({ type: 'codebook', projectId: 'x', row: {} }),
    })
  expect([401, 403]).toContain((await write(`${bensDb}/forged`)).status)
  expect((await write(`${server.url}/${projectDb}/forged`)).status).toBe(403)
  const allowed = await fetch(`${bensDb}/_all_docs`, {
    headers: { Authorization: auth('Ben', invites.Ben.password) },
  })
  expect(allowed.status).toBe(200)
  // …nor does Ann's app show Ben's layer.
  const annLayers = coders.Ann.getByRole('combobox', { name: 'Show coder' })
  await expect(annLayers.locator('option', { hasText: 'Ben' })).toHaveCount(0)

  // The lead sees both layers, computes agreement and adjudicates document 2.
  await openTeam(lead)
  await lead.getByRole('dialog', { name: 'Team' }).getByRole('button', { name: 'Sync now' }).click()
  await waitSynced(lead)
  const progress = lead.getByRole('table', { name: 'Progress per coder' })
  await expect(progress.getByRole('row', { name: /Ann/ })).toContainText('3')
  await lead.screenshot({ path: '/tmp/nc-team-lead.png' })
  await lead.keyboard.press('Escape')
  const showCoder = lead.getByRole('combobox', { name: 'Show coder' })
  await expect(showCoder.locator('option', { hasText: 'Ann' })).toHaveCount(1)
  await expect(showCoder.locator('option', { hasText: 'Ben' })).toHaveCount(1)
  await lead.getByRole('button', { name: 'Agreement' }).click()
  await lead.getByRole('radio', { name: 'Exact offsets' }).check()
  await lead.getByRole('button', { name: 'Compute agreement' }).click()
  const expected = krippendorffAlpha(
    [STANCE_ANN.map((k) => STANCE_IDS[k] ?? null), STANCE_BEN.map((k) => STANCE_IDS[k] ?? null)],
    'ordinal',
    { order: ['stance.strongly_against', 'stance.against', 'stance.neutral', 'stance.in_favour'] },
  ).alpha
  const coefficients = lead.getByRole('table', { name: 'Agreement coefficients' })
  const row = coefficients
    .getByRole('row')
    .filter({ hasText: 'Stance' })
    .filter({ hasText: 'ordinal' })
  await expect(row.first()).toContainText(expected.toFixed(3))
  await lead.keyboard.press('Escape')
  await lead.getByRole('option', { name: new RegExp(TITLES[1] as string) }).click()
  await lead.getByRole('button', { name: 'Adjudicate' }).click()
  const unit = lead.getByRole('listitem', { name: 'Unit 1' })
  await unit.getByRole('textbox', { name: 'Reason for Unit 1' }).fill('The minister only reports')
  await unit.getByRole('button', { name: 'Accept Ben’s version' }).click()
  await expect(unit.getByRole('status')).toContainText('Decided by Lee')
  await lead.keyboard.press('Escape')

  // The coders receive the consensus.
  for (const page of Object.values(coders)) {
    await expect
      .poll(async () => (await readSpans(page)).filter((s) => s.coder === 'Consensus').length, {
        timeout: 20_000,
      })
      .toBe(1)
  }

  // A conflicting codebook edit: the lead's second computer and the first each add a dimension
  // offline. Both revisions are kept and surface in Conflicts; a merge keeps both dimensions.
  const laptop = await openApp(browser, 'Lee', errors)
  await openTeam(laptop)
  const joinPanel = laptop.getByRole('dialog', { name: 'Team' })
  await joinPanel
    .getByLabel('Invitation', { exact: true })
    .fill(invites.Ann.invitation.replace('#user=Ann', '#user=Lee'))
  await joinPanel.getByLabel('Password', { exact: true }).fill(LEAD_PASSWORD)
  await joinPanel.getByRole('button', { name: 'Join' }).click()
  await waitSynced(laptop)
  await expect(joinPanel).toContainText('Lee (lead)')
  await laptop.keyboard.press('Escape')
  for (const [page, name] of [
    [lead, 'Tone'],
    [laptop, 'Topic'],
  ] as const) {
    await page.context().setOffline(true)
    await page.getByRole('button', { name: 'Codebook', exact: true }).click()
    const editor = page.getByRole('dialog', { name: 'Codebook' })
    await editor.getByLabel('New dimension', { exact: true }).fill(name)
    await editor.getByRole('button', { name: 'Add dimension' }).click()
    await expect(editor.getByRole('button', { name: new RegExp(`^${name}`) })).toBeVisible()
    await page.keyboard.press('Escape')
  }
  for (const page of [laptop, lead]) {
    await page.context().setOffline(false)
    await openTeam(page)
    await page
      .getByRole('dialog', { name: 'Team' })
      .getByRole('button', { name: 'Sync now' })
      .click()
    await waitSynced(page)
    await page.keyboard.press('Escape')
  }
  await openTeam(lead)
  const conflicts = lead
    .getByRole('dialog', { name: 'Team' })
    .getByRole('list', { name: 'Conflicts' })
  const codebookConflict = conflicts.getByRole('listitem', { name: /^Codebook “/ })
  await expect(codebookConflict).toBeVisible({ timeout: 20_000 })
  await expect(codebookConflict).toContainText('Dimension “Tone”')
  await expect(codebookConflict).toContainText('Dimension “Topic”')
  await lead.screenshot({ path: '/tmp/nc-team-conflict.png' })
  await codebookConflict.getByRole('button', { name: 'Merge…' }).click()
  await codebookConflict.getByRole('button', { name: 'Save merge' }).click()
  const history = conflicts.getByRole('listitem', { name: /^Codebook history/ })
  if (await history.count()) await history.getByRole('button', { name: 'Keep version 1' }).click()
  await expect(conflicts).toHaveCount(0, { timeout: 20_000 })
  await lead.keyboard.press('Escape')
  // The merge reaches the other computer: both dimensions there too.
  await laptop.getByRole('button', { name: 'Codebook', exact: true }).click()
  const laptopEditor = laptop.getByRole('dialog', { name: 'Codebook' })
  for (const name of ['Tone', 'Topic']) {
    await expect(laptopEditor.getByRole('button', { name: new RegExp(`^${name}`) })).toBeVisible({
      timeout: 30_000,
    })
  }
  await laptop.keyboard.press('Escape')

  // The server is killed in the middle of Ann's sync of 1,200 spans and restarted: every span
  // reaches the lead once, as written.
  const many = 1200
  await writeSpansWithOutbox(coders.Ann, many)
  await expect
    .poll(async () => (await readSpans(lead)).filter((s) => s.coder === 'Ann').length, {
      timeout: 30_000,
      intervals: [100],
    })
    .toBeGreaterThan(3)
  const atKill = (await readSpans(lead)).filter((s) => s.coder === 'Ann').length
  await server.kill()
  // The kill came while spans were still on their way.
  expect(atKill).toBeLessThan(many + 3)
  await new Promise((resolve) => setTimeout(resolve, 1500))
  await server.start()
  await expect
    .poll(async () => (await readSpans(lead)).filter((s) => s.coder === 'Ann').length, {
      timeout: 90_000,
    })
    .toBe(many + 3)
  const byId = (list: Awaited<ReturnType<typeof readSpans>>) =>
    JSON.stringify(list.filter((s) => s.coder === 'Ann').sort((a, b) => (a.id < b.id ? -1 : 1)))
  expect(byId(await readSpans(lead))).toBe(byId(await readSpans(coders.Ann)))

  expect(errors).toEqual([])
})

test('a bad server address or password gets one clear message each, and changes nothing', async ({
  browser,
  baseURL,
}) => {
  // The browser reports the refused and unauthorised requests themselves as console errors;
  // openApp's filter lets those through and fails on anything else.
  const errors: string[] = []
  const page = await openApp(browser, 'Cy', errors)
  await openTeam(page)
  const panel = page.getByRole('dialog', { name: 'Team' })
  const setUp = async (url: string, user: string, password: string) => {
    await panel.getByLabel('Server URL').fill(url)
    await panel.getByLabel('Server admin').fill(user)
    await panel.getByLabel('Admin password').fill(password)
    await panel.getByLabel('Your password').fill('long-enough-1')
    await panel.getByRole('button', { name: 'Set up team project' }).click()
    return panel.getByRole('alert')
  }
  await expect(await setUp(baseURL ?? '', 'x', 'y')).toContainText('not a CouchDB server')
  await page.screenshot({ path: '/tmp/nc-team-forms.png' })
  await expect(await setUp(server.url, ADMIN.user, 'wrong')).toHaveText(
    'Wrong user name or password for this server.',
  )
  const closed = `http://127.0.0.1:${await freePort()}`
  await expect(await setUp(closed, ADMIN.user, ADMIN.password)).toContainText(
    'Could not reach the server',
  )
  await panel
    .getByLabel('Invitation', { exact: true })
    .fill('https://example.org/not-an-invitation')
  await panel.getByLabel('Password', { exact: true }).fill('x')
  await panel.getByRole('button', { name: 'Join' }).click()
  await expect(panel.getByRole('alert').last()).toContainText('not a Newscoder invitation')
  // Nothing was linked: the panel still offers set-up and join.
  await expect(panel.getByRole('button', { name: 'Set up team project' })).toBeVisible()
  expect(errors).toEqual([])
})

/**
 * Writes `count` spans of the open team project into a coder's IndexedDB together with their
 * outbox entries, in one transaction: exactly what the app's outbox middleware writes for spans
 * tagged in the UI, at a volume the UI would need minutes for.
 */
async function writeSpansWithOutbox(
  page: Awaited<ReturnType<typeof openApp>>,
  count: number,
): Promise<void> {
  await page.evaluate(
    (n) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('newscoder')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const idb = open.result
          const read = idb.transaction('annotations').objectStore('annotations').getAll()
          read.onsuccess = () => {
            const template = (read.result as Record<string, unknown>[]).find(
              (a) => a['coder'] === 'Ann',
            )
            if (!template) return reject(new Error('no span to copy'))
            const tx = idb.transaction(['annotations', 'syncOutbox'], 'readwrite')
            for (let i = 0; i < n; i++) {
              const id = `bulk-${String(i).padStart(5, '0')}`
              tx.objectStore('annotations').put({ ...template, id, memo: `bulk span ${i}` })
              tx.objectStore('syncOutbox').put({
                docId: `annotation:${id}`,
                projectId: template['projectId'],
                table: 'annotations',
                key: id,
                deleted: false,
                deletedRow: null,
                stamp: Date.now() * 1000 + i,
              })
            }
            tx.oncomplete = () => {
              idb.close()
              resolve()
            }
            tx.onerror = () => reject(tx.error)
          }
        }
      }),
    count,
  )
}
