import type { Row } from './docIds'
import { canonicalJson } from './syncDocument'
import type { SyncedTable } from './syncTables'

/**
 * One part of a conflicted row that the lead may take from either revision: a field, or for a
 * codebook one dimension (so two people's edits to different dimensions merge cleanly).
 * `values[i]` is the part in revision i (undefined: that revision lacks it).
 */
export type ConflictPart = { key: string; label: string; values: unknown[]; differs: boolean }

/** Fields that identify a row or are set by the merge itself; never offered as a choice. */
const FIXED = new Set(['id', 'projectId', 'documentId', 'key', 'createdAt', 'updatedAt', 'version'])

const DIMENSION = 'dimension:'

type Dim = { id: string; name: string }

function dimensionsOf(row: Row): Dim[] {
  return Array.isArray(row['dimensions']) ? (row['dimensions'] as Dim[]) : []
}

function labelOf(field: string): string {
  const spaced = field.replace(/([A-Z])/g, ' $1').toLowerCase()
  return spaced.charAt(0).toUpperCase() + spaced.slice(1)
}

function part(key: string, label: string, values: unknown[]): ConflictPart {
  const texts = values.map((v) => (v === undefined ? '∅' : canonicalJson(v)))
  return { key, label, values, differs: new Set(texts).size > 1 }
}

/**
 * Returns the parts in which the revisions of a conflicted row may differ: for a codebook, its
 * name and each dimension by id (in the order of the first revision, then dimensions only later
 * revisions have); for any other row, each field but the fixed ones (ids, timestamps, version).
 */
export function conflictParts(table: SyncedTable, versions: Row[]): ConflictPart[] {
  if (table === 'codebooks') {
    const order: string[] = []
    const names = new Map<string, string>()
    for (const v of versions) {
      for (const d of dimensionsOf(v)) {
        if (!names.has(d.id)) order.push(d.id)
        names.set(d.id, names.get(d.id) ?? d.name)
      }
    }
    return [
      part(
        'name',
        'Codebook name',
        versions.map((v) => v['name']),
      ),
      ...order.map((id) =>
        part(
          `${DIMENSION}${id}`,
          `Dimension “${names.get(id) ?? id}”`,
          versions.map((v) => dimensionsOf(v).find((d) => d.id === id)),
        ),
      ),
    ]
  }
  const fields: string[] = []
  for (const v of versions)
    for (const k of Object.keys(v)) if (!FIXED.has(k) && !fields.includes(k)) fields.push(k)
  return fields.map((field) =>
    part(
      field,
      labelOf(field),
      versions.map((v) => v[field]),
    ),
  )
}

/**
 * Returns the revision a part is taken from unless the lead picks another: revision 0, or the
 * first revision that has the part when revision 0 lacks it (an addition made on one computer is
 * kept unless the lead drops it).
 */
export function defaultPick(part: ConflictPart): number {
  if (part.values[0] !== undefined) return 0
  const index = part.values.findIndex((v) => v !== undefined)
  return index < 0 ? 0 : index
}

/**
 * Returns the row the lead's choices make: revision 0 as the base, each part taken from the
 * revision `picks[part.key]` names (default `defaultPick`; a part the chosen revision lacks is
 * left out), the
 * timestamps set to `now`, and a codebook's version one above every revision's, so the merge is
 * a new version of its own in the history.
 */
export function mergeVersions(
  table: SyncedTable,
  versions: Row[],
  picks: Record<string, number>,
  now: number,
): Row {
  const base = versions[0]
  if (!base) throw new Error('Nothing to merge.')
  const parts = conflictParts(table, versions)
  const chosen = (p: ConflictPart) => picks[p.key] ?? defaultPick(p)
  const merged: Row = { ...base }
  if (table === 'codebooks') {
    const dimensions: unknown[] = []
    for (const p of parts) {
      const value = p.values[chosen(p)]
      if (p.key === 'name') merged['name'] = value
      else if (value !== undefined) dimensions.push(value)
    }
    merged['dimensions'] = dimensions
    merged['version'] = Math.max(...versions.map((v) => Number(v['version']) || 0)) + 1
  } else {
    for (const p of parts) {
      const value = p.values[chosen(p)]
      if (value === undefined) delete merged[p.key]
      else merged[p.key] = value
    }
  }
  if ('updatedAt' in base) merged['updatedAt'] = now
  return merged
}

/**
 * Returns how the Conflicts list names a row: "Codebook", "Speaker “Mayorkas”", "Span “the plan
 * will fail” (Ben)", "Article coding (Ben)", "Document “Border bill stalls”", and so on.
 */
export function describeRow(table: SyncedTable, row: Row): string {
  const quote = (s: unknown, n = 40) => {
    const t = String(s ?? '')
    return `“${t.length > n ? `${t.slice(0, n - 1)}…` : t}”`
  }
  switch (table) {
    case 'codebooks':
      return `Codebook ${quote(row['name'])}`
    case 'codebookVersions':
      return `Codebook history, version ${String(row['version'])}`
    case 'speakers':
      return `Speaker ${quote(row['name'])}`
    case 'annotations':
      return `Span ${quote(row['exact'])} (${String(row['coder'])})`
    case 'articleCodings':
      return `Article coding (${String(row['coder'])})`
    case 'documents':
      return `Document ${quote(row['title'])}`
    case 'texts':
      return 'Document text'
    case 'projects':
      return `Project ${quote(row['name'])}`
    case 'settings':
      return `Project setting ${String(row['key']).split(':')[0]}`
  }
}
