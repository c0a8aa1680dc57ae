import type { BackupRows } from '../../../src/shared/backup/backupFormat'
import { sha256Hex } from '../../../src/shared/text/sha256Hex'

const TEXT = 'Headline\n\nThe minister said “we will act” on Monday.'

/** A small valid project: one document, one annotation on “we will act”. */
export function backupRows(): BackupRows {
  const start = TEXT.indexOf('we will act')
  const textHash = sha256Hex(TEXT)
  return {
    projects: [
      { id: 'p1', name: 'P', createdAt: 1, updatedAt: 2, deletedAt: null, isSample: false },
    ],
    documents: [
      {
        id: 'd1',
        projectId: 'p1',
        title: 'Headline',
        outlet: '',
        author: '',
        date: '',
        url: '',
        length: TEXT.length,
        textHash,
        attribution: '',
        attributes: {},
        provenance: { kind: 'paste', fileName: null, size: null, sha256: null, importedAt: 1 },
        createdAt: 1,
        updatedAt: 1,
        deletedAt: null,
      },
    ],
    texts: [{ documentId: 'd1', projectId: 'p1', text: TEXT }],
    codebooks: [],
    codebookVersions: [],
    speakers: [],
    annotations: [
      {
        id: 'a1',
        projectId: 'p1',
        documentId: 'd1',
        coder: 'ada',
        start,
        end: start + 'we will act'.length,
        exact: 'we will act',
        prefix: TEXT.slice(0, start),
        suffix: TEXT.slice(start + 11),
        textHash,
        values: {},
        memo: '',
        codebookVersion: 1,
        createdAt: 1,
        updatedAt: 1,
        deletedAt: null,
      },
    ],
    articleCodings: [],
    settings: [],
  }
}

/** Changes the first annotation of the fixture. */
export function withAnnotation(change: Record<string, unknown>): BackupRows {
  const rows = backupRows()
  rows.annotations = [{ ...(rows.annotations?.[0] as object), ...change }]
  return rows
}
