import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, cpus, loadavg } from 'node:os'
import { fileURLToPath } from 'node:url'

/** One printed figure. `value` null means "not measured" (its test failed or was skipped). */
export type Figure = {
  key: string
  label: string
  value: number | null
  unit: 'ms' | 'MB' | 'count' | 'articles/s' | 'share'
  /** The figure must be below this to meet the target (at least this, with `atLeast`). */
  target: number
  /** For rates and accuracy shares: higher is better, so the target is a minimum. */
  atLeast?: boolean
  method: string
  details?: Record<string, number | string>
}

export const RESULTS_DIR = fileURLToPath(new URL('../bench-results/', import.meta.url))
const PARTS_DIR = `${RESULTS_DIR}parts/`

/** Figures in print order, with their targets; a bench that fails leaves its rows "not measured". */
export const EXPECTED: readonly Pick<Figure, 'key' | 'label' | 'unit' | 'target' | 'atLeast'>[] = [
  { key: 'open', label: 'Open 100k-word doc, 10k highlights painted', unit: 'ms', target: 1000 },
  {
    key: 'tagMedian',
    label: 'Tag → highlight painted + row stored, median',
    unit: 'ms',
    target: 50,
  },
  { key: 'tagP95', label: 'Tag → highlight painted + row stored, p95', unit: 'ms', target: 50 },
  { key: 'scrollP95', label: 'Scroll: rAF frame interval p95', unit: 'ms', target: 17 },
  { key: 'scrollWorkP95', label: 'Scroll: main-thread frame work p95', unit: 'ms', target: 16 },
  { key: 'heap', label: 'JS heap after open (CDP JSHeapUsedSize)', unit: 'MB', target: 300 },
  { key: 'csvNode', label: 'CSV export 100k annotations/500 docs, Node', unit: 'ms', target: 2000 },
  {
    key: 'csvBrowser',
    label: 'CSV export 100k annotations/500 docs, UI',
    unit: 'ms',
    target: 2000,
  },
  {
    key: 'importCsv',
    label: 'Import 295 Wikinews CSV rows (mapping → stored)',
    unit: 'articles/s',
    target: 500,
    atLeast: true,
  },
  {
    key: 'importHtml',
    label: 'Import 1,000 hostile-shaped HTML pages',
    unit: 'articles/s',
    target: 50,
    atLeast: true,
  },
  {
    key: 'importDocx',
    label: 'Import 200 .docx files',
    unit: 'articles/s',
    target: 20,
    atLeast: true,
  },
  {
    key: 'importFrameP95',
    label: 'UI rAF frame interval p95 during import',
    unit: 'ms',
    target: 50,
  },
  {
    key: 'exportAll200k',
    label: 'Export all tables (CSV zip) 200k annotations/5k docs, Node',
    unit: 'ms',
    target: 5000,
  },
  {
    key: 'backup200k',
    label: 'Project backup 200k annotations/5k docs, Node',
    unit: 'ms',
    target: 5000,
  },
  {
    key: 'exportBackupRss',
    label: 'Export + backup 200k annotations: peak RSS above the data',
    unit: 'MB',
    target: 500,
  },
  {
    key: 'restoreRead200k',
    label: 'Restore 200k annotations: archive read, checked, validated',
    unit: 'ms',
    target: 30_000,
  },
  { key: 'journalP95', label: 'Journal append + fsync, p95', unit: 'ms', target: 20 },
  {
    key: 'rebuild100k',
    label: 'Rebuild 100k annotations from snapshot + journal',
    unit: 'ms',
    target: 30_000,
  },
  { key: 'list20kOpen', label: 'Document list: 20,000 articles listed', unit: 'ms', target: 1000 },
  {
    key: 'list20kScrollP95',
    label: 'Document list: scroll frame interval p95',
    unit: 'ms',
    target: 17,
  },
  {
    key: 'list20kSearch',
    label: 'Document list: text search, keystroke → list filtered',
    unit: 'ms',
    target: 500,
  },
  {
    key: 'teamFirstSync',
    label: 'Team: first sync of 5,000 articles + 100,000 spans (lead)',
    unit: 'ms',
    target: 300_000,
  },
  {
    key: 'teamJoin',
    label: 'Team: a coder joins (5,000 articles arrive)',
    unit: 'ms',
    target: 120_000,
  },
  {
    key: 'teamTagLatency',
    label: 'Team: tag (coder) → in the lead’s store, median',
    unit: 'ms',
    target: 5000,
  },
  {
    key: 'teamConverge',
    label: 'Team: 1,000 spans per coder (2 coders) converge at the lead',
    unit: 'ms',
    target: 30_000,
  },
  {
    key: 'agreement',
    label: 'Agreement, 2,000 docs × 3 coders × 20 spans, Node',
    unit: 'ms',
    target: 2000,
  },
  ...(
    [
      ['DirectP', 'Quotes: direct parts precision (≥ 50 % overlap)', 0.9],
      ['DirectR', 'Quotes: direct parts recall (≥ 50 % overlap)', 0.9],
      ['Speaker', 'Quotes: speaker attribution on direct quotes', 0.85],
    ] as const
  ).flatMap(([key, label, target]) =>
    (['Dev', 'Heldout'] as const).map((split) => ({
      key: `quotes${key}${split}`,
      label: `${label}, ${split === 'Dev' ? 'dev' : 'held-out'}`,
      unit: 'share' as const,
      target,
      atLeast: true,
    })),
  ),
  { key: 'quotes2000', label: 'Quotes: suggest for a 2,000-word article', unit: 'ms', target: 100 },
  {
    key: 'quotes20kThread',
    label: 'Quotes: 20,000 articles in a worker thread',
    unit: 'ms',
    target: 300_000,
  },
  {
    key: 'quotes20kWebWorker',
    label: 'Quotes: 20,000 articles in a Web Worker (app CSP)',
    unit: 'ms',
    target: 300_000,
  },
]

/** "< 50 ms" or, for rates, "≥ 500 articles/s"; a share has no unit ("≥ 0.9"). */
function targetText(f: Pick<Figure, 'target' | 'unit' | 'atLeast'>): string {
  return `${f.atLeast ? '≥' : '<'} ${f.target}${f.unit === 'share' ? '' : ` ${f.unit}`}`
}

/** Clears the figures of the previous run (global setup). */
export function resetFigures(): void {
  rmSync(PARTS_DIR, { recursive: true, force: true })
  mkdirSync(PARTS_DIR, { recursive: true })
  writeFileSync(`${RESULTS_DIR}load-at-start.json`, JSON.stringify(loadavg()))
}

function loadAtStart(): number[] {
  try {
    return JSON.parse(readFileSync(`${RESULTS_DIR}load-at-start.json`, 'utf8')) as number[]
  } catch {
    return []
  }
}

/** Stores a figure for the final table (the bench files run in one worker, one after another). */
export function recordFigure(figure: Figure): void {
  mkdirSync(PARTS_DIR, { recursive: true })
  writeFileSync(`${PARTS_DIR}${figure.key}.json`, JSON.stringify(figure, null, 2))
  const shown = figure.value === null ? 'not measured' : shownValue(figure.value, figure.unit)
  console.log(`  [bench] ${figure.label}: ${shown} (target ${targetText(figure)})`)
}

/** Rounds for print: shares to three decimals, other values to 0.1 below 100. */
function round(v: number, unit?: Figure['unit']): number {
  if (unit === 'share') return Math.round(v * 1000) / 1000
  return v >= 100 ? Math.round(v) : Math.round(v * 10) / 10
}

/** A value with its unit ("12.5 ms", "0.925"). */
function shownValue(v: number, unit: Figure['unit']): string {
  return unit === 'share' ? round(v, unit).toFixed(3) : `${round(v, unit)} ${unit}`
}

/** Percentile by nearest rank (p in 0..100) of unsorted numbers. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))] as number
}

/** Prints the table of all figures and writes bench-results/latest.json (global teardown). */
export function printAndSaveFigures(): void {
  let files: string[]
  try {
    files = readdirSync(PARTS_DIR).filter((f) => f.endsWith('.json'))
  } catch {
    files = []
  }
  const found = new Map<string, Figure>()
  for (const f of files) {
    const figure = JSON.parse(readFileSync(`${PARTS_DIR}${f}`, 'utf8')) as Figure
    found.set(figure.key, figure)
  }
  const rows = EXPECTED.map((e) => {
    const f = found.get(e.key)
    const value = f?.value ?? null
    return {
      ...e,
      value: value === null ? null : round(value, e.unit),
      met: value === null ? null : e.atLeast ? value >= e.target : value < e.target,
      method: f?.method ?? 'not measured (its bench failed or did not run)',
      details: f?.details ?? {},
    }
  })
  const cells = rows.map((r) => [
    r.label,
    r.value === null ? 'not measured' : shownValue(r.value, r.unit),
    targetText(r),
    r.met === null ? '—' : r.met ? 'yes' : 'NO',
  ])
  const head = ['figure', 'value', 'target', 'met?']
  const widths = head.map((h, i) =>
    Math.max(h.length, ...cells.map((c) => (c[i] as string).length)),
  )
  const line = (c: string[]) => c.map((x, i) => x.padEnd(widths[i] as number)).join(' | ')
  const out = [
    '',
    'Newscoder bench (browser mode, Chromium, this machine)',
    `${availableParallelism()} cores (${cpus()[0]?.model ?? '?'}); load average (1 min) at start ` +
      `${loadAtStart()[0]?.toFixed(2) ?? '?'}, at end ${loadavg()[0]!.toFixed(2)}: other processes skew the figures`,
    line(head),
    widths.map((w) => '-'.repeat(w)).join('-|-'),
    ...cells.map(line),
    '',
    'Details:',
    ...rows.map(
      (r) =>
        `- ${r.label}: ${r.method}` +
        (Object.keys(r.details).length > 0
          ? `\n    ${Object.entries(r.details)
              .map(([k, v]) => `${k}=${v}`)
              .join(', ')}`
          : ''),
    ),
    '',
  ]
  console.log(out.join('\n'))
  mkdirSync(RESULTS_DIR, { recursive: true })
  const json = {
    date: new Date().toISOString(),
    machine: {
      cores: availableParallelism(),
      cpu: cpus()[0]?.model ?? '',
      loadAverageAtStart: loadAtStart(),
      loadAverageAtEnd: loadavg(),
    },
    figures: rows,
  }
  writeFileSync(`${RESULTS_DIR}latest.json`, `${JSON.stringify(json, null, 2)}\n`)
  console.log(`Written to bench-results/latest.json`)
}
