import { mkdirSync, writeFileSync } from 'node:fs'
import type { Browser, CDPSession, Page } from '@playwright/test'
import { RESULTS_DIR } from './results'

/**
 * With BENCH_PROFILE=1, records a V8 CPU profile (bench-results/<name>.cpuprofile) and a Chrome
 * trace (bench-results/<name>-trace.json) around `fn`; read them with
 * `node bench/analyzeProfile.mjs bench-results/<name>`, or load them in Chrome DevTools.
 * Without it, just runs `fn`. Profiling slows the page down: figures of a profiled run are not
 * representative.
 */
export async function profiled<T>(
  page: Page,
  browser: Browser,
  name: string,
  fn: () => Promise<T>,
): Promise<T> {
  if (process.env.BENCH_PROFILE !== '1') return fn()
  mkdirSync(RESULTS_DIR, { recursive: true })
  const cdp: CDPSession = await page.context().newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
  await browser.startTracing(page, {
    path: `${RESULTS_DIR}${name}-trace.json`,
    categories: [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'blink.user_timing',
      'v8.execute',
    ],
  })
  await cdp.send('Profiler.start')
  try {
    return await fn()
  } finally {
    const { profile } = await cdp.send('Profiler.stop')
    await browser.stopTracing()
    writeFileSync(`${RESULTS_DIR}${name}.cpuprofile`, JSON.stringify(profile))
    await cdp.detach()
  }
}
