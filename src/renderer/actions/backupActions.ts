import { parseProjectBackup } from '../../shared/backup/parseProjectBackup'
import type { ProjectBackup } from '../../shared/backup/projectBackup'
import { BackupError } from '../../shared/backup/readArchive'
import { remapProjectIds } from '../../shared/backup/remapProjectIds'
import { streamArchive } from '../../shared/backup/streamArchive'
import { BACKUP_EXTENSION } from '../../shared/backup/backupFormat'
import { version } from '../../../package.json'
import { db } from '../db/NewscoderDb'
import type { BackupProgress } from '../durability/projectBackupSource'
import { projectBackupSource } from '../durability/projectBackupSource'
import { platform } from '../platform/platform'
import { archiveStreamOptions } from '../streams/archiveStreamOptions'
import { readArchiveNatively } from '../streams/readArchiveNatively'

/** Version written into manifests, so a refused backup can name the app that wrote it. */
export const APP_VERSION: string = version

/** What a restore did: the new project, whether its ids had to be renewed, and row counts. */
export type RestoreResult = {
  projectId: string
  name: string
  copied: boolean
  counts: { documents: number; annotations: number; speakers: number }
}

/**
 * Returns the `.newscoder` archive of a project: everything, deleted rows included, read and
 * written batch by batch (`projectBackupSource`, `streamArchive`), compressed in a worker and
 * hashed natively (`archiveStreamOptions`), reporting progress over the documents whose spans are
 * read.
 */
export async function buildProjectBackup(
  projectId: string,
  progress?: BackupProgress,
): Promise<Uint8Array<ArrayBuffer>> {
  const { batches } = await projectBackupSource(projectId, progress)
  return streamArchive(
    batches,
    {
      kind: 'project',
      appVersion: APP_VERSION,
      schemaVersion: db.verno,
      seq: 0,
      createdAt: Date.now(),
    },
    archiveStreamOptions(),
  )
}

/** A file name for the backup: the project name without characters file systems refuse. */
export function backupFileName(projectName: string, now = new Date()): string {
  const safe = projectName.replace(/[/\\:*?"<>|\0]+/g, '_').trim() || 'project'
  return `${safe.slice(0, 150)} ${now.toISOString().slice(0, 10)}.${BACKUP_EXTENSION}`
}

/** "Back up project": writes the archive through the save dialog or a download. */
export async function backupProject(
  projectId: string,
  progress?: BackupProgress,
): Promise<boolean> {
  const project = await db.projects.get(projectId)
  if (!project) throw new Error('This project no longer exists.')
  return platform.saveFile({
    defaultName: backupFileName(project.name),
    content: await buildProjectBackup(projectId, progress),
    filterName: 'Newscoder backup',
    extensions: [BACKUP_EXTENSION],
  })
}

/**
 * Whether any id of the backup is in use here. Keys only, table by table, stopping at the first
 * hit: when the original project still exists its id answers at once, and a large backup's rows
 * are never read back just to be compared.
 */
async function anyIdTaken(backup: ProjectBackup): Promise<boolean> {
  const keys: [string, string[]][] = [
    ['projects', [backup.project.id]],
    ['documents', backup.documents.map((d) => d.id)],
    ['texts', backup.texts.map((t) => t.documentId)],
    ['codebooks', backup.codebooks.map((c) => c.id)],
    ['codebookVersions', backup.codebookVersions.map((v) => v.id)],
    ['speakers', backup.speakers.map((s) => s.id)],
    ['annotations', backup.annotations.map((a) => a.id)],
    ['articleCodings', backup.articleCodings.map((c) => c.id)],
  ]
  for (const [table, ids] of keys) {
    if (ids.length === 0) continue
    const found = await db.table(table).where(':id').anyOf(ids).limit(1).primaryKeys()
    if (found.length > 0) return true
  }
  return false
}

/**
 * "Restore backup": checks the archive completely first (readArchive, parseProjectBackup: any
 * problem throws a BackupError with its reason and nothing is written), then writes the project
 * in one transaction. The project keeps its ids when none of them is in use — so annotation ids
 * in earlier exports still match — and becomes a copy with fresh ids, named "… (restored)",
 * when the original still exists (also in the trash). `onStep` hears each stage as a sentence for
 * the restore's status line.
 */
export async function restoreBackup(
  bytes: Uint8Array,
  onStep: (step: string) => void = () => {},
): Promise<RestoreResult> {
  onStep('Checking the backup…')
  const archive = await readArchiveNatively(bytes, db.verno)
  if (archive.manifest.kind !== 'project') {
    throw new BackupError('This file is a database snapshot, not a project backup.')
  }
  let backup = parseProjectBackup(archive.rows)
  const copied = await anyIdTaken(backup)
  if (copied) {
    backup = remapProjectIds(backup, () => crypto.randomUUID())
    backup.project = { ...backup.project, name: `${backup.project.name.slice(0, 185)} (restored)` }
  }
  const spans = backup.annotations.length
  onStep(`Writing ${backup.documents.length} documents and ${spans} spans…`)
  const tables = [
    db.projects,
    db.documents,
    db.texts,
    db.codebooks,
    db.codebookVersions,
    db.speakers,
    db.annotations,
    db.articleCodings,
    db.settings,
  ]
  await db.transaction('rw', tables, async () => {
    await db.projects.add(backup.project)
    await db.documents.bulkAdd(backup.documents)
    await db.texts.bulkAdd(backup.texts)
    await db.codebooks.bulkAdd(backup.codebooks)
    await db.codebookVersions.bulkAdd(backup.codebookVersions)
    await db.speakers.bulkAdd(backup.speakers)
    await db.annotations.bulkAdd(backup.annotations)
    await db.articleCodings.bulkAdd(backup.articleCodings)
    await db.settings.bulkPut(backup.settings)
  })
  return {
    projectId: backup.project.id,
    name: backup.project.name,
    copied,
    counts: {
      documents: backup.documents.filter((d) => d.deletedAt === null).length,
      annotations: backup.annotations.filter((a) => a.deletedAt === null).length,
      speakers: backup.speakers.length,
    },
  }
}
