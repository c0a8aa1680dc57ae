import { defineConfig } from '@playwright/test'
import { chromiumArgs } from '../playwright.config'

// The bench: figures, not pass/fail on speed. It runs against a production build of browser mode
// served by `vite preview` on its own port, never a server left running elsewhere.
const port = Number(process.env.BENCH_PORT ?? 4399)
const build =
  process.env.BENCH_PROFILE === '1'
    ? 'npx vite build --config vite.web.config.mts --minify false'
    : 'npm run build:web'

export default defineConfig({
  testDir: '.',
  testMatch: '*.bench.ts',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 600_000,
  expect: { timeout: 30_000 },
  reporter: [['list']],
  globalSetup: './globalSetup.ts',
  globalTeardown: './globalTeardown.ts',
  outputDir: '../test-results/bench',
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    headless: true,
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [...chromiumArgs, '--enable-precise-memory-info'],
    },
    trace: 'off',
  },
  webServer: {
    // BENCH_PROFILE=1 builds without minification so that profiles name the functions.
    command: `${build} && npx vite preview --config vite.web.config.mts --port ${port}`,
    cwd: '..',
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 180_000,
    env: { PORT: String(port) },
  },
})
