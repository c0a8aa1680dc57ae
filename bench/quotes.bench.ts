import { mkdirSync, writeFileSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { extractQuotes } from '../src/shared/quotes/extractQuotes'
import { loadWikinewsArticles } from '../tests/fixtures/quotes-gold/wikinewsArticles'
import { articleOfWords, paragraphPool, wordCount } from './corpusArticles'
import { createRng } from './prng'
import type { QuotesJob } from './quotesJob'
import { formatReport, scoreSplit, type SplitReport } from './quotesScores'
import { bundleQuotesJob, openWebWorkerPage, runInWorkerThread } from './quotesWorkers'
import { EXPECTED, type Figure, percentile, recordFigure, RESULTS_DIR } from './results'

// Accuracy against the hand-coded gold set, and speed. BENCH_QUOTES_DEV_ONLY=1 scores the dev half
// only: the held-out half is for reporting, never for tuning (tests/fixtures/quotes-gold/README.md).
const SPLITS =
  process.env.BENCH_QUOTES_DEV_ONLY === '1' ? (['dev'] as const) : (['dev', 'heldout'] as const)

/** The background job: 20,000 articles cut from the Wikinews corpus, seeded. */
const JOB_ARTICLES = 20_000
const JOB_SEED = 20_000

const texts = () => loadWikinewsArticles().map((a) => a.text)

/** Records a figure under its row of the bench table (label, unit and target from EXPECTED). */
function record(key: string, value: number | null, method: string, details?: Figure['details']) {
  const row = EXPECTED.find((e) => e.key === key)
  if (row === undefined) throw new Error(`no bench row ${key}`)
  recordFigure({ ...row, value, method, ...(details ? { details } : {}) })
}

test('quotes: precision, recall and F1 against the gold set, dev and held-out', () => {
  const reports: SplitReport[] = []
  for (const split of SPLITS) {
    const report = scoreSplit(split)
    reports.push(report)
    console.log(formatReport(report).join('\n'))
    const key = split === 'dev' ? 'Dev' : 'Heldout'
    const direct = report.scores.direct
    const method = `extractQuotes on the ${report.articles} ${split} articles of tests/fixtures/quotes-gold (canonical texts from the CSV import); parts paired one to one at Jaccard ≥ 0.5; kinds must agree`
    const parts = direct.parts.overlap
    record(`quotesDirectP${key}`, parts.precision, method, {
      tp: parts.truePositives,
      suggested: parts.predicted,
    })
    record(`quotesDirectR${key}`, parts.recall, method, {
      tp: parts.truePositives,
      gold: parts.gold,
    })
    record(
      `quotesSpeaker${key}`,
      direct.speaker.accuracy,
      "gold direct quotes with a speaker that a direct suggestion matched (overlap); right when matchSpeaker finds exactly the gold speaker in the article's speaker list",
      { correct: direct.speaker.truePositives, matched: direct.speaker.matched },
    )
  }
  mkdirSync(RESULTS_DIR, { recursive: true })
  writeFileSync(`${RESULTS_DIR}quotes-scores.json`, `${JSON.stringify(reports, null, 2)}\n`)
  expect(reports[0]!.scores.direct.parts.overlap.gold).toBeGreaterThan(0)
})

test('quotes: one 2,000-word article, in this Node process', () => {
  const text = articleOfWords(createRng(2000), paragraphPool(texts()), 2000)
  for (let i = 0; i < 5; i++) extractQuotes(text)
  const times: number[] = []
  let found = 0
  for (let i = 0; i < 21; i++) {
    const started = performance.now()
    found = extractQuotes(text).length
    times.push(performance.now() - started)
  }
  expect(found).toBeGreaterThan(0)
  record(
    'quotes2000',
    percentile(times, 50),
    `extractQuotes on an article of real Wikinews paragraphs (${wordCount(text)} words, ${text.length} characters), median of 21 runs after 5 warm-up runs`,
    { suggestions: found, p95: Math.round(percentile(times, 95) * 10) / 10 },
  )
})

test('quotes: 20,000 articles in the background, worker thread and Web Worker', async ({
  page,
}) => {
  const bundle = await bundleQuotesJob()
  const job: QuotesJob = { texts: texts(), count: JOB_ARTICLES, seed: JOB_SEED }
  const thread = await runInWorkerThread(bundle, job)
  expect(thread.articles).toBe(JOB_ARTICLES)
  record(
    'quotes20kThread',
    thread.wallMs,
    `the minified Vite bundle of bench/quotesJob.ts in a Node worker thread: ${JOB_ARTICLES} articles of 4–14 random Wikinews paragraphs (seed ${JOB_SEED}) generated and extracted one after another; wall time seen by the main thread`,
    {
      words: thread.words,
      suggestions: thread.suggestions,
      extractMs: Math.round(thread.extractMs),
    },
  )

  const errors: string[] = []
  page.on('pageerror', (e) => errors.push(e.message))
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text())
  })
  const runInWebWorker = await openWebWorkerPage(page, bundle)
  const web = await runInWebWorker(job)
  expect(errors).toEqual([])
  // The same bundle finds the same suggestions in Chromium's worker as in Node's.
  expect({ suggestions: web.suggestions, checksum: web.checksum }).toEqual({
    suggestions: thread.suggestions,
    checksum: thread.checksum,
  })
  record(
    'quotes20kWebWorker',
    web.wallMs,
    'the same bundle and job in a module Web Worker in Chromium, every script served with the app’s Content-Security-Policy (script-src self, no eval); results equal to the worker thread’s',
    { extractMs: Math.round(web.extractMs) },
  )
})
