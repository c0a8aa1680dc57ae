import { mkdtempSync, rmSync } from 'node:fs'
import * as fs from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { openJournalWriter } from '../src/main/durability/journalWriter'
import { writeArchive } from '../src/shared/backup/writeArchive'
import { csvFiles, zipTextFiles } from '../src/shared/export/csvFiles'
import { buildTables, TABLE_NAMES } from '../src/shared/export/exportTables'
import { generateProject } from './generateProject'
import { percentile, recordFigure } from './results'

const MB = 1024 * 1024

/**
 * Memory at phase boundaries (the builders are synchronous, so a timer could not sample inside
 * them) plus the process's lifetime peak RSS, which does include what happened inside.
 */
function memoryProbe() {
  let rss = 0
  let heap = 0
  const sample = () => {
    const m = process.memoryUsage()
    rss = Math.max(rss, m.rss)
    heap = Math.max(heap, m.heapUsed)
  }
  sample()
  return {
    sample,
    peaks: () => ({
      rssMB: Math.round(rss / MB),
      heapMB: Math.round(heap / MB),
      maxRssMB: Math.round((process.resourceUsage().maxRSS * 1024) / MB),
    }),
  }
}

test('export and backup in Node: 200,000 annotations over 5,000 documents', () => {
  const data = generateProject({
    seed: 500_200_000,
    name: 'Bench: export and backup',
    documents: 5000,
    words: (rng) => rng.int(300, 900),
    perDocument: 40,
  })
  expect(data.annotations).toHaveLength(200_000)
  const memory = memoryProbe()
  const input = {
    project: data.project,
    documents: data.documents,
    texts: new Map(data.texts.map((t) => [t.documentId, t.text])),
    codebook: data.codebook,
    speakers: data.speakers,
    annotations: data.annotations,
    articleCodings: [],
  }

  let s = performance.now()
  const tables = buildTables(input, new Set(TABLE_NAMES), 'wide')
  memory.sample()
  const zip = zipTextFiles('export', csvFiles(tables, 'analysis'))
  memory.sample()
  const exportMs = performance.now() - s
  expect(tables.find((t) => t.name === 'annotations')?.rows).toHaveLength(200_000)
  const exportPeaks = memory.peaks()

  s = performance.now()
  const archive = writeArchive(
    {
      projects: [data.project],
      documents: data.documents,
      texts: data.texts,
      codebooks: [data.codebook],
      speakers: data.speakers,
      annotations: data.annotations,
    },
    { kind: 'project', appVersion: 'bench', schemaVersion: 2, seq: 0, createdAt: Date.now() },
  )
  memory.sample()
  const backupMs = performance.now() - s
  const peaks = memory.peaks()
  const method =
    'generated in-memory project (5,000 docs of 300–900 words, 40 spans each); performance.now() around the pure builders; memory: process.memoryUsage() peaks at phase boundaries and process.resourceUsage().maxRSS'
  recordFigure({
    key: 'exportAll200k',
    label: 'Export all tables (CSV zip) 200k annotations/5k docs, Node',
    value: exportMs,
    unit: 'ms',
    target: 5000,
    method: `buildTables(all, wide) + csvFiles(analysis) + zipTextFiles; ${method}`,
    details: { zipMB: Math.round(zip.byteLength / MB), ...exportPeaks },
  })
  recordFigure({
    key: 'backup200k',
    label: 'Project backup 200k annotations/5k docs, Node',
    value: backupMs,
    unit: 'ms',
    target: 5000,
    method: `writeArchive(rows, kind project); ${method}`,
    details: { archiveMB: Math.round(archive.byteLength / MB) },
  })
  recordFigure({
    key: 'exportBackupRss',
    label: 'Export + backup 200k annotations: peak RSS',
    value: peaks.maxRssMB,
    unit: 'MB',
    target: 500,
    method:
      'process.resourceUsage().maxRSS of the bench worker (includes the generated data; a lifetime peak, so an earlier bench in the same worker can raise it)',
    details: { sampledRssMB: peaks.rssMB, sampledHeapUsedMB: peaks.heapMB },
  })
})

test('journal append + fsync: 500 single-change transactions', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'newscoder-bench-journal-'))
  try {
    const writer = await openJournalWriter({ fs, folder })
    const times: number[] = []
    for (let i = 0; i < 500; i++) {
      const change = {
        op: 'put' as const,
        table: 'annotations' as const,
        value: { id: `a${i}`, start: i, end: i + 10, values: { stance: ['stance.positive'] } },
      }
      const s = performance.now()
      await writer.append([change])
      times.push(performance.now() - s)
    }
    expect(writer.lastSeq()).toBe(500)
    await writer.close()
    recordFigure({
      key: 'journalP95',
      label: 'Journal append + fsync, p95',
      value: percentile(times, 95),
      unit: 'ms',
      target: 20,
      method: `openJournalWriter on node:fs/promises in ${tmpdir()}, one change per append, performance.now() around each of 500 appends`,
      details: { medianMs: Math.round(percentile(times, 50) * 100) / 100 },
    })
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
})

test('rebuild from snapshot + journal: 100,000 annotations', async () => {
  // The app's recovery runs in the renderer against IndexedDB; here it runs in Node on
  // fake-indexeddb. Imports are dynamic so that only this test installs the fake and the hooks.
  const { register } = await import('node:module')
  register('./jsonModuleHooks.mjs', import.meta.url)
  const fakeIdb = await import('fake-indexeddb')
  Object.assign(globalThis, { indexedDB: fakeIdb.indexedDB, IDBKeyRange: fakeIdb.IDBKeyRange })
  // platform.ts picks the platform from `window.api`; Node has no window, so stand one in (with no
  // api, the browser platform is chosen, which recovery does not use).
  const g = globalThis as { window?: unknown }
  g.window ??= globalThis
  const { openDurability } = await import('../src/main/durability/openDurability')
  const { planRecovery, runRecovery } = await import('../src/renderer/actions/recoveryActions')
  const { db } = await import('../src/renderer/db/NewscoderDb')

  const data = generateProject({
    seed: 100_000_100,
    name: 'Bench: rebuild',
    documents: 1000,
    words: (rng) => rng.int(300, 900),
    perDocument: 100,
  })
  expect(data.annotations).toHaveLength(100_000)
  const inSnapshot = 50_000
  const folder = mkdtempSync(join(tmpdir(), 'newscoder-bench-rebuild-'))
  const service = await openDurability({ fs, dataFolder: folder, runtimeVersion: 'bench' })
  try {
    const rows = {
      projects: [data.project],
      documents: data.documents,
      texts: data.texts,
      codebooks: [data.codebook],
      speakers: data.speakers,
      annotations: data.annotations.slice(0, inSnapshot),
    }
    const bytes = writeArchive(rows, {
      kind: 'snapshot',
      appVersion: 'bench',
      schemaVersion: db.verno,
      seq: 0,
      createdAt: Date.now(),
    }) as Uint8Array<ArrayBuffer>
    await service.writeSnapshot({ bytes, seq: 0, reason: 'activity', counts: {} })
    const tail = data.annotations.slice(inSnapshot)
    for (let i = 0; i < tail.length; i += 100) {
      await service.append(
        tail.slice(i, i + 100).map((a) => ({
          op: 'put' as const,
          table: 'annotations' as const,
          value: JSON.parse(JSON.stringify(a)) as Record<string, never>,
        })),
      )
    }

    let readMs = 0
    const timed =
      <A extends unknown[], R>(f: (...args: A) => Promise<R>) =>
      async (...args: A) => {
        const s = performance.now()
        const result = await f(...args)
        readMs += performance.now() - s
        return result
      }
    const port = {
      append: (changes: Parameters<typeof service.append>[0]) => service.append(changes),
      state: timed(() => service.state()),
      readJournal: timed((afterSeq: number) => service.readJournal(afterSeq)),
      writeSnapshot: (request: Parameters<typeof service.writeSnapshot>[0]) =>
        service.writeSnapshot(request),
      listSnapshots: () => service.listSnapshots(),
      readSnapshot: timed((name: string) => service.readSnapshot(name)),
      onSnapshotRequest: () => () => undefined,
    }
    await db.open()
    const progress: number[] = []
    const s = performance.now()
    const plan = await planRecovery(port)
    expect(plan.kind).toBe('rebuild')
    await runRecovery(port, plan, (done) => progress.push(done))
    const rebuildMs = performance.now() - s

    expect(await db.annotations.count()).toBe(100_000)
    expect(progress.length).toBeGreaterThan(100)
    expect(progress.at(-1)).toBe(1)
    expect(progress.every((p, i) => i === 0 || p >= (progress[i - 1] as number))).toBe(true)
    recordFigure({
      key: 'rebuild100k',
      label: 'Rebuild 100k annotations from snapshot + journal',
      value: rebuildMs,
      unit: 'ms',
      target: 30_000,
      method:
        'planRecovery + runRecovery (the start-up path) over openDurability on node:fs/promises in a temp folder; snapshot: 1,000 docs of 300–900 words + 50,000 annotations; journal: 50,000 annotation puts in 500 appends; replayed into IndexedDB = fake-indexeddb in Node (Chromium IndexedDB not measured); performance.now() around both calls',
      details: {
        readSnapshotAndJournalMs: Math.round(readMs),
        snapshotMB: Math.round((bytes.byteLength / MB) * 10) / 10,
        progressCallbacks: progress.length,
      },
    })
  } finally {
    db.close()
    await service.close()
    rmSync(folder, { recursive: true, force: true })
  }
})
