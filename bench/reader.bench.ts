import { expect, test } from '@playwright/test'
import { expectProject, firstStart, watchPage } from './benchPage'
import { COMPANION_TITLE, generateLongArticleProject } from './generateProject'
import { countRows, insertProject } from './idb'
import {
  armOpenProbe,
  armTagProbe,
  dragPoints,
  idbEvents,
  installIdbSpy,
  awaitOpenProbe,
  awaitTagProbe,
  prepareTagProbe,
  readerHighlights,
  scrollThrough,
  selectedText,
  type TagTiming,
} from './pageProbes'
import { createRng } from './prng'
import { profiled } from './profiling'
import { tagPhases, type TagPhases } from './tagPhases'
import { percentile, recordFigure } from './results'

const MB = 1024 * 1024
const TAG_TRIALS = Number(process.env.BENCH_TAG_TRIALS ?? 30)
const OPEN_REPEATS = Number(process.env.BENCH_OPEN_REPEATS ?? 3)

test('reader: open, tag, scroll and memory with a 100,000-word article and 10,000 spans', async ({
  page,
  browser,
}) => {
  const seen = watchPage(page)
  const data = generateLongArticleProject()
  const text = data.texts[0]!.text
  const doc = data.documents[0]!
  const paragraphs = text.split('\n\n')
  const spans = data.annotations.filter((a) => a.documentId === doc.id)
  expect(spans).toHaveLength(10_000)
  const first = [...spans].sort((a, b) => a.start - b.start)[0]!
  const last = [...spans].sort((a, b) => b.end - a.end)[0]!

  await page.addInitScript(installIdbSpy)
  await firstStart(page)
  await insertProject(page, data)
  expect(await countRows(page, 'annotations', 'documentId', doc.id)).toBe(10_000)
  await page.reload()
  await expectProject(page, data.project.name)
  const option = page.getByRole('option', { name: doc.title.slice(0, 40) })
  await expect(option).toBeVisible()
  // The app opens the project's first article (the short companion); the long one is opened by click.
  await expect(page.locator('.ProseMirror')).toContainText(COMPANION_TITLE)
  await expect(page.locator('.ProseMirror [data-ids]').first()).toBeVisible()

  // 1. Open: from the pointerdown on the list entry to both the first and the last span painted.
  // Three times, each in a freshly loaded page (companion → long article); the figure is the median.
  const opens: { total: number; details: Record<string, number | string> }[] = []
  for (let k = 0; k < OPEN_REPEATS; k += 1) {
    if (k > 0) {
      // A fresh page each time: every open is a first open (no Dexie query cache, cold code).
      await page.reload()
      await expectProject(page, data.project.name)
      await expect(page.locator('.ProseMirror')).toContainText(COMPANION_TITLE)
      await expect(page.locator('.ProseMirror [data-ids]').first()).toBeVisible()
      await page.waitForTimeout(1000)
    }
    await page.evaluate(armOpenProbe, {
      firstId: first.id,
      lastId: last.id,
      paragraphs: paragraphs.length,
    })
    const wall0 = Date.now()
    const open = await profiled(page, browser, k === 0 ? 'open' : `open-${k}`, async () => {
      await option.click()
      return page.evaluate(awaitOpenProbe)
    })
    const wall = Date.now() - wall0
    expect(open.error, 'highlights painted after opening').toBeUndefined()
    const openIdb = await page.evaluate(idbEvents, { from: open.t0, to: open.tHighlights })
    const bigReads = openIdb.filter((e) => e.kind === 'read-done' && (e.rows ?? 0) >= 10_000)
    const textRead = openIdb.find((e) => e.kind === 'read-done' && e.stores.includes('texts'))
    opens.push({
      total: open.tPaint - open.t0,
      details: {
        idbReads: openIdb
          .filter((e) => e.kind === 'read-done')
          .map((e) => `${e.stores}:${e.rows}@${Math.round(e.t - open.t0)}`)
          .join(' '),
        textRowReadMs: textRead ? Math.round(textRead.t - open.t0) : 'n/a',
        annotationRowsReadMs: bigReads.map((e) => Math.round(e.t - open.t0)).join('/'),
        textAllParagraphsInDomMs: Math.round(open.tText - open.t0),
        highlightsInDomMs: Math.round(open.tHighlights - open.t0),
        paintedMs: Math.round(open.tPaint - open.t0),
        wallClockClickToProbeMs: wall,
      },
    })
  }
  const painted = await page.evaluate(readerHighlights)
  expect(painted.ids, 'every span of the document has a highlight').toBe(10_000)
  const medianOpen = [...opens].sort((x, y) => x.total - y.total)[Math.floor(opens.length / 2)]!
  recordFigure({
    key: 'open',
    label: 'Open 100k-word doc, 10k highlights painted',
    value: medianOpen.total,
    unit: 'ms',
    target: 1000,
    method:
      `median of ${OPEN_REPEATS} first opens (each after a reload, switching from the short article the app opened); in-page performance.now(): pointerdown on the ` +
      'list entry → MutationObserver sees the first and last span decorated (all paragraphs present) → next rAF → ' +
      'message posted from it (after that frame painted)',
    details: {
      all: opens.map((o) => Math.round(o.total)).join(' '),
      ...medianOpen.details,
      decoratedElements: painted.elements,
      domElements: painted.domNodes,
      paragraphs: paragraphs.length,
      chars: text.length,
    },
  })

  // 2. Memory right after the open, then after a forced garbage collection.
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Performance.enable')
  const metric = async (name: string) =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === name)?.value ??
    Number.NaN
  const heap = await metric('JSHeapUsedSize')
  const heapTotal = await metric('JSHeapTotalSize')
  const nodes = await metric('Nodes')
  await cdp.send('HeapProfiler.collectGarbage')
  const heapAfterGc = await metric('JSHeapUsedSize')
  recordFigure({
    key: 'heap',
    label: 'JS heap after open (CDP JSHeapUsedSize)',
    value: heap / MB,
    unit: 'MB',
    target: 300,
    method: 'CDP Performance.getMetrics JSHeapUsedSize right after the open (no forced GC)',
    details: {
      afterForcedGcMB: Math.round(heapAfterGc / MB),
      heapTotalMB: Math.round(heapTotal / MB),
      domNodes: nodes,
    },
  })

  // 3. Scroll the whole document in about 3 s, one step per frame.
  // Diagnostic, not the default: BENCH_DIAG_NO_CV=1 scrolls with content-visibility switched off
  // on the reader's paragraphs, to see what that CSS costs or saves while scrolling.
  if (process.env.BENCH_DIAG_NO_CV === '1') {
    await page.addStyleTag({
      content: '.ProseMirror > * { content-visibility: visible !important }',
    })
    await page.waitForTimeout(1000)
  }
  const scroll = await profiled(page, browser, 'scroll', () =>
    page.evaluate(scrollThrough, { durationMs: 3000 }),
  )
  expect(scroll.deltas.length).toBeGreaterThan(30)
  recordFigure({
    key: 'scrollP95',
    label: 'Scroll: rAF frame interval p95',
    value: percentile(scroll.deltas, 95),
    unit: 'ms',
    target: 17,
    method:
      `scrollTop += (scrollHeight−clientHeight)/180 per rAF on ${scroll.scroller} (top→bottom in ~3 s); ` +
      'interval between rAF timestamps; one frame at 60 Hz is 16.7 ms, so the target is "no dropped frame at p95" (< 17 ms)',
    details: {
      p50: round1(percentile(scroll.deltas, 50)),
      p95: round1(percentile(scroll.deltas, 95)),
      max: round1(Math.max(...scroll.deltas)),
      frames: scroll.deltas.length,
      droppedFrames: scroll.deltas.filter((d) => d > 25).length,
      scrollHeightPx: scroll.scrollHeight,
      reachedBottom: String(scroll.reachedBottom),
    },
  })
  recordFigure({
    key: 'scrollWorkP95',
    label: 'Scroll: main-thread frame work p95',
    value: percentile(scroll.work, 95),
    unit: 'ms',
    target: 16,
    method:
      'per frame: rAF callback start → message posted from it (runs after the frame’s style/layout/paint)',
    details: {
      p50: round1(percentile(scroll.work, 50)),
      p95: round1(percentile(scroll.work, 95)),
      max: round1(Math.max(...scroll.work)),
    },
  })

  // 4. Tag fresh ranges: stance key "2" (Against), then Enter.
  expect(await page.evaluate(prepareTagProbe)).toBe(10_000)
  const rng = createRng(4242)
  const timings: TagTiming[] = []
  const phases: TagPhases[] = []
  let saveBy: 'Enter' | 'Save button' = 'Enter'
  const tagTrials = async () => {
    for (let trial = 0; trial < TAG_TRIALS; trial += 1) {
      // Spread over the document: trial k lands in the k-th slice of the paragraphs.
      const slice = Math.floor(paragraphs.length / TAG_TRIALS)
      const pi = 1 + trial * slice + rng.int(0, Math.max(0, slice - 2))
      const para = paragraphs[pi]!
      const words = [...para.matchAll(/[A-Za-z0-9’]+/g)]
      const a = rng.int(0, words.length - 8)
      const b = a + rng.int(2, 7)
      const from = words[a]!.index!
      const to = words[b]!.index! + words[b]![0].length
      // A real mouse drag from the first to the last character, as a coder selects. Paragraphs
      // scrolled into view may still change height (content-visibility), so the points are measured
      // after the scroll settles, and the drag is retried if it selected something else.
      await page.evaluate(dragPoints, { paragraph: pi, from, to, scroll: true })
      let selected = ''
      for (let attempt = 0; attempt < 3 && selected !== para.slice(from, to); attempt += 1) {
        await page.waitForTimeout(150)
        const pts = await page.evaluate(dragPoints, { paragraph: pi, from, to, scroll: false })
        await page.mouse.move(pts.x1, pts.y1)
        await page.mouse.down()
        await page.mouse.move((pts.x1 + pts.x2) / 2, (pts.y1 + pts.y2) / 2, { steps: 2 })
        await page.mouse.move(pts.x2, pts.y2, { steps: 2 })
        await page.mouse.up()
        selected = await page.evaluate(selectedText)
      }
      expect(selected, `trial ${trial}: the drag selected the words`).toBe(para.slice(from, to))
      await expect(page.getByRole('radiogroup', { name: 'Stance' })).toBeVisible()
      await page.evaluate(armTagProbe, { stanceKey: '2' })
      await page.keyboard.press('2')
      if (saveBy === 'Enter') await page.keyboard.press('Enter')
      else await page.getByRole('button', { name: /^(Save|Tag)/ }).click()
      let t = await page.evaluate(awaitTagProbe, 3000)
      if (t === null && trial === 0 && saveBy === 'Enter') {
        // Enter did not save here: fall back to the Save button for all trials.
        saveBy = 'Save button'
        await page.getByRole('button', { name: /^(Save|Tag)/ }).click()
        t = await page.evaluate(awaitTagProbe, 5000)
      }
      expect(t, `trial ${trial}: the new highlight was painted`).not.toBeNull()
      expect(t!.error).toBeUndefined()
      expect(t!.stance).toBe('stance.against')
      timings.push(t!)
      const ev = await page.evaluate(idbEvents, {
        from: Math.min(t!.tStance || t!.tSave, t!.tSave || t!.tStance),
        to: t!.tStored,
      })
      phases.push(tagPhases(t!, ev, 10_000))
      await page.waitForTimeout(150)
    }
  }
  await profiled(page, browser, 'tag', tagTrials)
  const totals = phases.map((p) => p.total)
  const p50 = (f: (p: TagPhases) => number) =>
    round1(
      percentile(
        phases.map(f).filter((v) => !Number.isNaN(v)),
        50,
      ),
    )
  const tagDetails = {
    trials: phases.length,
    savedBy: saveBy,
    p50: round1(percentile(totals, 50)),
    p95: round1(percentile(totals, 95)),
    max: round1(Math.max(...totals)),
    writeCommittedP50: p50((p) => p.commit),
    decorationInDomP50: p50((p) => p.dom),
    paintedP50: p50((p) => p.paint),
    requeriesOf10kRows: phases.map((p) => p.requeries).join(''),
    requeryRowsDeliveredP50: p50((p) => p.requeryDelivered),
    requeryIdbReadP50: p50((p) => p.requeryRead),
    mainThreadFreeAgainP50: p50((p) => p.busyUntil),
    mainThreadFreeAgainP95: round1(
      percentile(
        phases.map((p) => p.busyUntil),
        95,
      ),
    ),
    rowFoundByBenchRead: `${timings.filter((t) => t.stance === 'stance.against').length}/${timings.length}`,
    all: totals.map((v) => Math.round(v)).join(' '),
  }
  const tagMethod =
    `in-page: keydown of ${saveBy === 'Enter' ? 'Enter' : 'pointerdown on Save'} (capture phase) → MutationObserver sees a ` +
    "[data-ids] with a new id → next rAF → message posted from it (painted); the app's readwrite transaction on " +
    'annotations seen completing by a spy on IDBDatabase.transaction (stored); figure = later of painted and stored; ' +
    'the row is then checked with a raw IndexedDB read'
  recordFigure({
    key: 'tagMedian',
    label: 'Tag → highlight painted + row stored, median',
    value: percentile(totals, 50),
    unit: 'ms',
    target: 50,
    method: tagMethod,
    details: tagDetails,
  })
  recordFigure({
    key: 'tagP95',
    label: 'Tag → highlight painted + row stored, p95',
    value: percentile(totals, 95),
    unit: 'ms',
    target: 50,
    method: 'as above, 95th percentile (nearest rank)',
  })

  expect(seen.errors, 'uncaught exceptions in the page').toEqual([])
  if (seen.consoleErrors.length > 0)
    console.log(`  [bench] console errors: ${seen.consoleErrors.join(' | ')}`)
})

function round1(v: number): number {
  return Math.round(v * 10) / 10
}
