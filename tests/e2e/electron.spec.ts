import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { _electron, expect, test } from '@playwright/test'
import type { ElectronApplication, Page } from '@playwright/test'
import { findElectronBinary } from '../../scripts/electronBinary.mjs'
import { ipcRequestSchemas } from '../../src/shared/ipc/contract'

// The desktop shell: the same UI as browser mode, but checked for what only Electron has - the
// app:// origin, the sandboxed preload and its narrow window.api.
const root = fileURLToPath(new URL('../..', import.meta.url))
const executablePath = findElectronBinary(root)
// The preload must expose exactly one function per contract channel plus the two subscriptions.
const CONTRACT_KEYS = [
  ...Object.keys(ipcRequestSchemas),
  'onMenuCommand',
  'onSnapshotRequest',
].sort()

test.describe('Electron app', () => {
  test.skip(
    !executablePath,
    'Electron binary not available on this machine (no network to download it); browser-mode e2e covers the UI',
  )

  let app: ElectronApplication
  let page: Page
  const pageErrors: string[] = []

  test.beforeAll(async () => {
    if (!existsSync(`${root}/out/main/index.js`)) {
      const build = spawnSync(
        process.execPath,
        ['node_modules/electron-vite/bin/electron-vite.js', 'build'],
        {
          cwd: root,
          stdio: 'inherit',
        },
      )
      expect(build.status, 'electron-vite build').toBe(0)
    }
    app = await _electron.launch({
      executablePath: executablePath!,
      // Chromium refuses to start as root with its sandbox on (CI containers run as root).
      args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), '.'],
      cwd: root,
    })
    page = await app.firstWindow()
    page.on('pageerror', (error) => pageErrors.push(String(error)))
    await page.waitForLoadState('domcontentloaded')
  })

  test.afterAll(async () => {
    await app?.close()
  })

  test('opens a window titled Newscoder on the app:// origin', async () => {
    const title = await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows()[0]?.getTitle(),
    )
    expect(title).toContain('Newscoder')
    expect(await page.evaluate(() => location.origin)).toBe('app://newscoder')
  })

  test('exposes only the contract channels on window.api', async () => {
    const keys = await page.evaluate(() => Object.keys(window.api ?? {}).sort())
    expect(keys).toEqual(CONTRACT_KEYS)
  })

  test('gives the page no Node: no require, no process', async () => {
    const globals = await page.evaluate(() => ({
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
    }))
    expect(globals).toEqual({ require: 'undefined', process: 'undefined' })
  })

  test('answers app:info through the preload', async () => {
    const info = await page.evaluate(() => window.api?.['app:info']({}))
    expect(info).toMatchObject({ ok: true, value: { version: expect.any(String) } })
  })

  test('shows the app UI', async () => {
    await expect(page.getByRole('button', { name: 'Import' })).toBeVisible()
    expect(pageErrors).toEqual([])
  })
})
