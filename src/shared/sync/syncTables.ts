import type { z } from 'zod'
import { annotationSchema } from '../domain/annotation'
import { articleCodingSchema } from '../domain/articleCoding'
import { codebookSchema } from '../domain/codebook'
import { codebookVersionSchema } from '../domain/codebookVersion'
import { documentSchema, documentTextSchema } from '../domain/document'
import { projectSchema } from '../domain/project'
import { speakerSchema } from '../domain/speaker'

/**
 * The tables of the Dexie schema whose rows a team project shares through CouchDB, with the
 * `type` of their documents. Every table of the schema is either here or in `LOCAL_TABLES`: a
 * test fails when a new table is neither, so nothing new is silently left out of a team project.
 */
export const SYNCED_TABLES = {
  projects: 'project',
  documents: 'document',
  texts: 'text',
  codebooks: 'codebook',
  codebookVersions: 'codebookVersion',
  speakers: 'speaker',
  annotations: 'annotation',
  articleCodings: 'articleCoding',
  /** Only the project-wide rows (`PROJECT_SETTINGS`); the installation's own stay local. */
  settings: 'setting',
} as const

/** A table whose rows sync. */
export type SyncedTable = keyof typeof SYNCED_TABLES

/** The `type` field of a CouchDB document of Newscoder. */
export type DocType = (typeof SYNCED_TABLES)[SyncedTable]

/**
 * Tables that never leave the machine, and why: the sync layer's own bookkeeping (what is waiting
 * to be sent, which revision each row reflects, per-project sync state) describes this machine's
 * copy, not the research data.
 */
export const LOCAL_TABLES = {
  syncOutbox: 'rows changed here and not yet in the local mirror',
  syncRevs: 'the CouchDB revision each synced row reflects',
  syncMeta: "each team project's sync checkpoints and conflicts",
} as const

/** Returns the table of a document type, or null for a type Newscoder does not know. */
export function tableOfType(type: unknown): SyncedTable | null {
  for (const [table, t] of Object.entries(SYNCED_TABLES))
    if (t === type) return table as SyncedTable
  return null
}

/** True when `name` is a synced table. */
export function isSyncedTable(name: string): name is SyncedTable {
  return Object.hasOwn(SYNCED_TABLES, name)
}

/** The primary key's field of each synced table (all keys are strings). */
export const PRIMARY_KEYS: Record<SyncedTable, string> = {
  projects: 'id',
  documents: 'id',
  texts: 'documentId',
  codebooks: 'id',
  codebookVersions: 'id',
  speakers: 'id',
  annotations: 'id',
  articleCodings: 'id',
  settings: 'key',
}

/**
 * Tables with a unique index besides the primary key, and its fields. Two computers may each
 * create a row for the same slot (the same coder's coding of one article on two laptops; version
 * 6 of a codebook edited twice): their documents take the slot as their id, so CouchDB sees one
 * document with two revisions (a conflict it keeps) instead of two rows Dexie would refuse.
 */
export const UNIQUE_SLOTS: Partial<Record<SyncedTable, readonly string[]>> = {
  codebooks: ['projectId'],
  codebookVersions: ['projectId', 'version'],
  articleCodings: ['documentId', 'coder'],
}

/** The zod schema every row of a table must satisfy (settings: see `PROJECT_SETTINGS`). */
export const ROW_SCHEMAS: Record<Exclude<SyncedTable, 'settings'>, z.ZodType> = {
  projects: projectSchema,
  documents: documentSchema,
  texts: documentTextSchema,
  codebooks: codebookSchema,
  codebookVersions: codebookVersionSchema,
  speakers: speakerSchema,
  annotations: annotationSchema,
  articleCodings: articleCodingSchema,
}
