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
