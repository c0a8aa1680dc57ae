import { mkdtempSync, rmSync } from 'node:fs'
import * as fs from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { openJournalWriter } from '../src/main/durability/journalWriter'
import { subtleSha256 } from '../src/renderer/streams/subtleSha256'
import type { BackupRows } from '../src/shared/backup/backupFormat'
import { parseProjectBackup } from '../src/shared/backup/parseProjectBackup'
import { readArchiveHashedBy } from '../src/shared/backup/readArchive'
import { streamArchive } from '../src/shared/backup/streamArchive'
import { writeArchive } from '../src/shared/backup/writeArchive'
import { TABLE_NAMES } from '../src/shared/export/exportTables'
import { batchesOf } from '../src/shared/export/streamCsvTables'
import { zipCsvTables } from '../src/shared/export/zipCsvTables'
import { generateProject } from './generateProject'
import { memorySampler, sampled } from './memorySampler'
import { percentile, recordFigure } from './results'
import { workerThreadGzip } from './workerThreadGzip'

const MB = 1024 * 1024
// The app's batch sizes (EXPORT_BATCH_DOCUMENTS, BACKUP_BATCH_DOCUMENTS), not imported: their
// modules open the app's IndexedDB, which this Node bench does not have.
const BATCH_DOCUMENTS = 200

test('streamed export and backup in Node: 200,000 annotations over 5,000 documents', async () => {
  const data = generateProject({
    seed: 500_200_000,
    name: 'Bench: export and backup',
    documents: 5000,
    words: (rng) => rng.int(300, 900),
    perDocument: 40,
  })
  expect(data.annotations).toHaveLength(200_000)
  const input = {
    project: data.project,
    documents: data.documents,
    texts: new Map(data.texts.map((t) => [t.documentId, t.text])),
    codebook: data.codebook,
    speakers: data.speakers,
    annotations: data.annotations,
    articleCodings: [],
  }
  const choice = { tables: new Set(TABLE_NAMES), layout: 'wide', profile: 'analysis' } as const

  let memory = memorySampler()
  let s = performance.now()
  const batches = sampled(batchesOf(input, BATCH_DOCUMENTS), memory.sample)
  const zip = await zipCsvTables(input, batches, choice, 'export', workerThreadGzip)
  const exportMs = performance.now() - s
  const exportMemory = memory.stop()
  expect(zip.counts.annotations).toBe(200_000)

  const rows: BackupRows = {
    projects: [data.project],
    documents: data.documents,
    texts: data.texts,
    codebooks: [data.codebook],
    speakers: data.speakers,
    annotations: data.annotations,
  }
  // The app reads texts and spans 200 documents at a time (projectBackupSource): the same slices.
  const perBatch = { texts: BATCH_DOCUMENTS, annotations: BATCH_DOCUMENTS * 40 }
  memory = memorySampler()
  s = performance.now()
  const archive = await streamArchive(
    (table) => {
      const list = rows[table] ?? []
      const size = table === 'texts' || table === 'annotations' ? perBatch[table] : list.length
      const slices = Array.from({ length: Math.ceil(list.length / size) }, (_, i) =>
        list.slice(i * size, (i + 1) * size),
      )
      return sampled(slices, memory.sample)
    },
    { kind: 'project', appVersion: 'bench', schemaVersion: 2, seq: 0, createdAt: Date.now() },
    { gzip: workerThreadGzip, sha256: subtleSha256 },
  )
  const backupMs = performance.now() - s
  const backupMemory = memory.stop()

  // Restore's checking half, as the app runs it before writing anything: unzip, checksums
  // (SubtleCrypto), JSON, then every row against the domain schemas and anchoring.
  s = performance.now()
  const read = await readArchiveHashedBy(archive, 2, subtleSha256)
  const readMs = performance.now() - s
  const restored = parseProjectBackup(read.rows)
  const restoreMs = performance.now() - s
  expect(restored.annotations).toHaveLength(200_000)

  const method =
    'generated in-memory project (5,000 docs of 300–900 words, 40 spans each) fed as batches of 200 documents, as the app reads IndexedDB (the IndexedDB reads themselves are not in this Node figure); fflate gzip level 1 on a worker thread per zip entry (the app runs the same in a Web Worker, workerGzip) and SubtleCrypto sha256; performance.now() around the call'
  recordFigure({
    key: 'exportAll200k',
    label: 'Export all tables (CSV zip) 200k annotations/5k docs, Node',
    value: exportMs,
    unit: 'ms',
    target: 5000,
    method: `zipCsvTables(all tables, wide, analysis, worker gzip); ${method}`,
    details: { zipMB: Math.round(zip.bytes.byteLength / MB), ...exportMemory },
  })
  recordFigure({
    key: 'backup200k',
    label: 'Project backup 200k annotations/5k docs, Node',
    value: backupMs,
    unit: 'ms',
    target: 5000,
    method: `streamArchive(rows in batches, worker gzip, subtleSha256); ${method}`,
    details: { archiveMB: Math.round(archive.byteLength / MB), ...backupMemory },
  })
  recordFigure({
    key: 'restoreRead200k',
    label: 'Restore 200k annotations: archive read, checked, validated',
    value: restoreMs,
    unit: 'ms',
    target: 30_000,
    method:
      'readArchiveHashedBy(backup, subtleSha256) + parseProjectBackup on the archive just written, in Node; the IndexedDB writes that follow in the app are not included; the issue sets no target, the rebuild’s 30 s is used',
    details: { readAndChecksumsMs: Math.round(readMs) },
  })
  recordFigure({
    key: 'exportBackupRss',
    label: 'Export + backup 200k annotations: peak RSS above the data',
    value: Math.max(exportMemory.peakAboveMB, backupMemory.peakAboveMB),
    unit: 'MB',
    target: 500,
    method:
      'the larger of the two phases’ peak process RSS minus the RSS just before that phase began (the generated project, which the app keeps in IndexedDB, not in memory), sampled every 10 ms and at every batch boundary; details give both baselines and absolute peaks',
    details: {
      exportBaselineMB: exportMemory.baselineMB,
      exportPeakMB: exportMemory.peakMB,
      backupBaselineMB: backupMemory.baselineMB,
      backupPeakMB: backupMemory.peakMB,
      lifetimeMaxRssMB: Math.round((process.resourceUsage().maxRSS * 1024) / MB),
    },
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
