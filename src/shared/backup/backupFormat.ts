import { z } from 'zod'

/**
 * Highest version of the archive layout this app reads; a reader refuses archives with a higher
 * one. Version 1 records one sha256 per entry (`sha256`); version 2, written as a stream, records
 * the sha256 of each consecutive part of an entry (`parts`), since no platform digest we can
 * use everywhere hashes incrementally at native speed. The entries themselves are the same.
 */
export const BACKUP_FORMAT_VERSION = 2

/**
 * Version of archives with one sha256 per entry (`writeArchive`): read, so older backups and
 * snapshots restore; the app itself now writes version 2 (`streamArchive`).
 */
export const WHOLE_ENTRY_FORMAT_VERSION = 1

/** Marks an archive as Newscoder's, so a random zip is refused as foreign, not as corrupt. */
export const BACKUP_FORMAT_NAME = 'newscoder-backup'

/** File extension of a project backup. */
export const BACKUP_EXTENSION = 'newscoder'

/**
 * Limits applied before anything is decompressed. An archive whose entries claim more is refused
 * as a possible zip bomb; an entry that decompresses to more than it claims fails its checksum.
 * 512 MB per table is well above 200,000 annotations (~150 MB of JSON).
 */
export const MAX_ENTRY_BYTES = 512 * 1024 * 1024
/** Limit on the total uncompressed size of an archive (bytes). */
export const MAX_TOTAL_BYTES = 1024 * 1024 * 1024
/** Limit on the number of entries of an archive: the manifest and one per table. */
export const MAX_ENTRIES = 32

/** The tables of the database, in the order a restore writes them. */
export const BACKUP_TABLES = [
  'projects',
  'documents',
  'texts',
  'codebooks',
  'codebookVersions',
  'speakers',
  'annotations',
  'articleCodings',
  'settings',
] as const

/** A table held in an archive. */
export type BackupTable = (typeof BACKUP_TABLES)[number]

/** `manifest.json`: what the archive is and a checksum of every other entry. */
export const backupManifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT_NAME),
  formatVersion: z.number().int().positive(),
  /** 'project': one project (Back up project); 'snapshot': the whole database (rolling snapshots). */
  kind: z.enum(['project', 'snapshot']),
  appVersion: z.string(),
  /** Dexie schema version of the database the rows came from. */
  schemaVersion: z.number().int().positive(),
  createdAt: z.number(),
  /** Journal sequence number a snapshot covers; 0 for project backups. */
  seq: z.number().int().nonnegative().default(0),
  counts: z.record(z.string(), z.number().int().nonnegative()),
  /** sha256 (hex) of each entry's bytes, by entry name. */
  sha256: z.record(z.string(), z.string().regex(/^[0-9a-f]{64}$/)),
  /** Version 2: by entry name, its consecutive parts (their byte lengths add up to the entry's). */
  parts: z
    .record(
      z.string(),
      z.array(
        z.object({
          bytes: z.number().int().nonnegative(),
          sha256: z.string().regex(/^[0-9a-f]{64}$/),
        }),
      ),
    )
    .default({}),
})

/** The manifest of an archive. */
export type BackupManifest = z.infer<typeof backupManifestSchema>

/** Rows by table, as read from or written to an archive. */
export type BackupRows = Partial<Record<BackupTable, unknown[]>>
