// Summarises a profiled bench phase (BENCH_PROFILE=1 npm run bench):
//   node bench/analyzeProfile.mjs bench-results/open   (or bench-results/tag)
// Prints the heaviest JavaScript functions (self and inclusive time, from <name>.cpuprofile) and
// where the renderer's main thread spent its time (from <name>-trace.json).
import { existsSync, readFileSync } from 'node:fs'

const base = process.argv[2]
if (!base) {
  console.error('usage: node bench/analyzeProfile.mjs bench-results/<open|tag>')
  process.exit(2)
}
const top = Number(process.argv[3] ?? 25)
const ms = (us) => (us / 1000).toFixed(1).padStart(8)

if (existsSync(`${base}.cpuprofile`)) {
  const profile = JSON.parse(readFileSync(`${base}.cpuprofile`, 'utf8'))
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const parent = new Map()
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id)
  const self = new Map()
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i + 1] ?? 0
    self.set(id, (self.get(id) ?? 0) + dt)
  })
  const label = (n) => {
    const f = n.callFrame
    const file = f.url ? f.url.split('/').pop().split('?')[0] : ''
    return `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}:${f.columnNumber + 1}`
  }
  const selfBy = new Map()
  const totalBy = new Map()
  for (const [id, t] of self) {
    const n = byId.get(id)
    selfBy.set(label(n), (selfBy.get(label(n)) ?? 0) + t)
    // Inclusive: add to each distinct function on the stack once.
    const seen = new Set()
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const l = label(byId.get(cur))
      if (seen.has(l)) continue
      seen.add(l)
      totalBy.set(l, (totalBy.get(l) ?? 0) + t)
    }
  }
  // Where the time goes by subsystem: each sample is charged to the first category (in this
  // order) that matches a function on its stack. Names need an unminified build (BENCH_PROFILE=1).
  const categories = [
    ['idle', /^\(idle\)/],
    ['GC', /^\(garbage collector\)/],
    ['highlights: DecorationSet.create/buildTree (PM)', /^(takeSpansForNode|buildTree)\b/],
    ['highlights: changedRegions', /^changedRegions\b/],
    [
      'highlights: buildSegments/spanDepths/decorations',
      /^(highlightDecorations|buildSegments|spanDepths|segmentStyle|segmentClasses|orderSpans)\b/,
    ],
    ['highlights: plugin apply/redraw other', /^(redraw|apply|extraDecorations|toSpanMap)\b/],
    [
      'ProseMirror DOM update/render',
      /^(updateChildren|iterDeco|updateNextNode|addNode|patchAttributes|patchOuterDeco|applyOuterDeco|renderDescs|createView|updateStateInner)\b/,
    ],
    [
      'Dexie: liveQuery observation (RangeSet)',
      /^(addRange|rebalance|mergeRanges|extendObservabilitySet|obsSetsOverlap|isEmptyRange)\b/,
    ],
    ['Dexie: result cloning', /^(innerDeepClone|deepClone)\b/],
    [
      'Dexie/IndexedDB: reads and writes',
      /^(req\.onsuccess|getAll|openCursor|cmp|compareByteArrays|getMany|add|put|bulkAdd|createAnnotation)\b/,
    ],
    [
      'react-virtual (annotation list)',
      /^(measureElement|Virtualizer|getMeasurements|_measureElement)/,
    ],
    [
      'annotation panel',
      /^(codeFilterOptions|filterKeys|AnnotationPanel|AnnotationRow|describeCodes|AnnotationList)\b/,
    ],
    [
      'React render/commit',
      /^(performWorkOnRoot|renderRootSync|commitRoot|beginWork|completeWork)\b/,
    ],
    ['(program)', /^\(program\)/],
  ]
  const catOf = (id) => {
    const stack = []
    for (let cur = id; cur !== undefined; cur = parent.get(cur))
      stack.push(byId.get(cur).callFrame.functionName)
    for (const [name, re] of categories) if (stack.some((f) => re.test(f))) return name
    return 'other'
  }
  const byCat = new Map()
  const catCache = new Map()
  const timeline = []
  let t = profile.startTime
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i + 1] ?? 0
    t += profile.timeDeltas[i] ?? 0
    if (!catCache.has(id)) catCache.set(id, catOf(id))
    const c = catCache.get(id)
    byCat.set(c, (byCat.get(c) ?? 0) + dt)
    timeline.push([t, c, dt])
  })
  console.log('\n  ms      category (first match on the stack)')
  for (const [c, d] of [...byCat].sort((a, b) => b[1] - a[1])) console.log(`${ms(d)}  ${c}`)
  if (process.env.TIMELINE) {
    const bucket = Number(process.env.TIMELINE) * 1000
    const rows = new Map()
    for (const [ts, c, dt] of timeline) {
      const b = Math.floor((ts - profile.startTime) / bucket)
      if (!rows.has(b)) rows.set(b, new Map())
      rows.get(b).set(c, (rows.get(b).get(c) ?? 0) + dt)
    }
    console.log(`\n  timeline, ${process.env.TIMELINE} ms buckets (top categories, ms):`)
    for (const [b, m] of [...rows].sort((x, y) => x[0] - y[0])) {
      const desc = [...m]
        .filter(([c]) => c !== 'idle')
        .sort((x, y) => y[1] - x[1])
        .slice(0, 3)
      if (desc.length === 0) continue
      console.log(
        `  ${String(b * Number(process.env.TIMELINE)).padStart(6)} ms: ${desc.map(([c, d]) => `${c} ${(d / 1000).toFixed(0)}`).join(' | ')}`,
      )
    }
  }
  const sum = [...self.values()].reduce((a, b) => a + b, 0)
  console.log(`\nCPU profile ${base}.cpuprofile: ${ms(sum)} ms sampled`)
  console.log('\n  self ms  function')
  for (const [l, t] of [...selfBy].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`${ms(t)}  ${l}`)
  console.log('\n  total ms function (inclusive)')
  for (const [l, t] of [...totalBy].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`${ms(t)}  ${l}`)
}

if (existsSync(`${base}-trace.json`)) {
  const raw = JSON.parse(readFileSync(`${base}-trace.json`, 'utf8'))
  const events = Array.isArray(raw) ? raw : raw.traceEvents
  const mainTid = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
  const onMain = events.filter(
    (e) =>
      mainTid &&
      e.pid === mainTid.pid &&
      e.tid === mainTid.tid &&
      e.ph === 'X' &&
      e.dur !== undefined,
  )
  const names = [
    'RunTask',
    'FunctionCall',
    'EventDispatch',
    'TimerFire',
    'FireAnimationFrame',
    'RunMicrotasks',
    'V8.GC_SCAVENGER',
    'MinorGC',
    'MajorGC',
    'V8.GCFinalizeMC',
    'UpdateLayoutTree',
    'Layout',
    'PrePaint',
    'Paint',
    'Layerize',
    'Commit',
    'HitTest',
    'ParseHTML',
  ]
  const totals = new Map(names.map((n) => [n, { dur: 0, count: 0, max: 0 }]))
  for (const e of onMain) {
    const t = totals.get(e.name)
    if (t) {
      t.dur += e.dur
      t.count += 1
      t.max = Math.max(t.max, e.dur)
    }
  }
  console.log(`\nTrace ${base}-trace.json, renderer main thread (nested events overlap):`)
  console.log('  total ms   count    max ms  event')
  for (const [n, t] of totals)
    if (t.count > 0) console.log(`${ms(t.dur)}  ${String(t.count).padStart(6)}  ${ms(t.max)}  ${n}`)
  const long = onMain
    .filter((e) => e.name === 'RunTask' && e.dur > 30_000)
    .sort((a, b) => a.ts - b.ts)
  console.log(`\nTasks over 30 ms: ${long.length}`)
  for (const task of long.slice(0, 20)) {
    const inner = onMain.filter(
      (e) =>
        e !== task &&
        e.ts >= task.ts &&
        e.ts + e.dur <= task.ts + task.dur &&
        names.includes(e.name) &&
        e.name !== 'RunTask',
    )
    const parts = new Map()
    for (const e of inner) parts.set(e.name, (parts.get(e.name) ?? 0) + e.dur)
    const desc = [...parts]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([n, d]) => `${n} ${(d / 1000).toFixed(0)}`)
      .join(', ')
    console.log(`${ms(task.dur)} ms task: ${desc}`)
  }
}
