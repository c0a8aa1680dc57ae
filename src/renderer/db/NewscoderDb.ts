import Dexie, { type Table } from 'dexie'
import type { Annotation } from '../../shared/domain/annotation'
import type { Codebook } from '../../shared/domain/codebook'
import type { DocumentText, NewsDocument } from '../../shared/domain/document'
import type { Project } from '../../shared/domain/project'
import type { Speaker } from '../../shared/domain/speaker'

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

/** The app's IndexedDB, opened with strict durability so a write is on disk before it resolves. */
export class NewscoderDb extends Dexie {
  projects!: Table<Project, string>
  documents!: Table<NewsDocument, string>
  texts!: Table<DocumentText, string>
  codebooks!: Table<Codebook, string>
  speakers!: Table<Speaker, string>
  annotations!: Table<Annotation, string>
  settings!: Table<SettingRow, string>

  constructor(name: string = DB_NAME) {
    // Chromium's default durability may report a write complete before it reaches the disk.
    super(name, { chromeTransactionDurability: 'strict' })
    this.version(1).stores(SCHEMA_V1)
  }
}

/** The app-wide database instance; tests create their own with a unique name. */
export const db = new NewscoderDb()
