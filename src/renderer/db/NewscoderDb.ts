import Dexie, { type Table, type Transaction } from 'dexie'
import type { Annotation } from '../../shared/domain/annotation'
import type { ArticleCoding } from '../../shared/domain/articleCoding'
import type { Codebook } from '../../shared/domain/codebook'
import type { CodebookVersion } from '../../shared/domain/codebookVersion'
import type { DocumentText, NewsDocument } from '../../shared/domain/document'
import type { Project } from '../../shared/domain/project'
import type { Speaker } from '../../shared/domain/speaker'
import { journalMiddleware } from './journalMiddleware'
import { readOnlyMiddleware } from './readOnlyMiddleware'
import type { OutboxEntry, RevEntry, SyncMeta } from './syncBookkeeping'
import { SCHEMA_V7_TABLES } from './syncBookkeeping'
import { syncOutboxMiddleware } from './syncOutboxMiddleware'

/** A key/value row for app settings (coder name, theme, last project). */
export type SettingRow = { key: string; value: unknown }

/** Name of the IndexedDB database; fixed forever, since IndexedDB data is keyed by origin + name. */
export const DB_NAME = 'newscoder'

/**
 * Schema versions. Never change a primary key; every new version gets an upgrade function and a
 * fixture test (tests/renderer/db). Version 1:
 * - projects: by id
 * - documents: metadata by id, listed per project; textHash finds duplicates
 * - texts: canonical text per document, kept apart so that lists never load texts
 * - codebooks: one per project
 * - speakers: per project, searched by name
 * - annotations: per document in text order ([documentId+start]) and per project (exports)
 * - settings: key/value
 */
export const SCHEMA_V1 = {
  projects: 'id, updatedAt',
  documents: 'id, projectId, [projectId+title], textHash',
  texts: 'documentId, projectId',
  codebooks: 'id, &projectId',
  speakers: 'id, projectId, [projectId+name]',
  annotations: 'id, projectId, documentId, [documentId+start]',
  settings: 'key',
} as const

/**
 * Version 2 adds, and changes nothing of version 1:
 * - codebookVersions: the recorded history of every project's codebook ([projectId+version])
 * - articleCodings: article-level codes and coding status per document and coder
 */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  codebookVersions: 'id, projectId, &[projectId+version]',
  articleCodings: 'id, projectId, documentId, &[documentId+coder]',
} as const

/**
 * Upgrade 1 → 2: every existing codebook gets its current state recorded as the first entry of
 * its history, so that the versions annotations already carry resolve to a codebook.
 */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  const codebooks = await tx.table<Codebook, string>('codebooks').toArray()
  await tx.table<CodebookVersion, string>('codebookVersions').bulkAdd(
    codebooks.map((c) => ({
      id: crypto.randomUUID(),
      projectId: c.projectId,
      version: c.version,
      dimensions: c.dimensions,
      note: 'Codebook as it was when history began',
      coder: '',
      createdAt: c.updatedAt,
    })),
  )
}

/**
 * Version 7 (numbers 3–6 are taken by other branches) adds the sync layer's bookkeeping tables
 * (`syncBookkeeping.ts`) and changes nothing else.
 */
export const SCHEMA_V7 = { ...SCHEMA_V2, ...SCHEMA_V7_TABLES } as const

/** The app's IndexedDB, opened with strict durability so a write is on disk before it resolves. */
export class NewscoderDb extends Dexie {
  projects!: Table<Project, string>
  documents!: Table<NewsDocument, string>
  texts!: Table<DocumentText, string>
  codebooks!: Table<Codebook, string>
  speakers!: Table<Speaker, string>
  annotations!: Table<Annotation, string>
  settings!: Table<SettingRow, string>
  codebookVersions!: Table<CodebookVersion, string>
  articleCodings!: Table<ArticleCoding, string>
  syncOutbox!: Table<OutboxEntry, string>
  syncRevs!: Table<RevEntry, string>
  syncMeta!: Table<SyncMeta, string>

  constructor(name: string = DB_NAME) {
    // Chromium's default durability may report a write complete before it reaches the disk.
    super(name, { chromeTransactionDurability: 'strict' })
    this.version(1).stores(SCHEMA_V1)
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2)
    this.version(7).stores(SCHEMA_V7)
  }
}

/** The app-wide database instance; tests create their own with a unique name. */
export const db = new NewscoderDb()
// Every committed write also goes to the journal (desktop) or the change counter (browser).
db.use(journalMiddleware())
// Refuses every write while the data on disk comes from a newer schema (features/recovery).
db.use(readOnlyMiddleware())
// Records, in the same transaction, every change of a team project's rows for the sync layer.
db.use(syncOutboxMiddleware())
