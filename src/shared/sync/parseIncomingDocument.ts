import { CONSENSUS_CODER } from '../agreement/consensusCoder'
import { PROJECT_SETTINGS, parseProjectSettingKey } from '../domain/projectSettings'
import type { Row } from './docIds'
import { docIdOf } from './docIds'
import type { SyncedTable } from './syncTables'
import { ROW_SCHEMAS, tableOfType } from './syncTables'

/** What a database may hold: the project database, or one coder's database. */
export type DatabaseRole = { kind: 'project' } | { kind: 'coder'; owner: string }

/** The tables a coder's database holds; everything else belongs to the project database. */
const CODER_TABLES: ReadonlySet<SyncedTable> = new Set([
  'annotations',
  'articleCodings',
  'speakers',
])

/** An incoming document, checked: the row to write, or why it was refused. */
export type IncomingDocument =
  { ok: true; table: SyncedTable; row: Row } | { ok: false; reason: string }

const refuse = (reason: string): IncomingDocument => ({ ok: false, reason })

/**
 * Checks a document read from the server before anything of it reaches the local store, and
 * returns its row or why it is refused: it must be an object with a known `type`, its row must
 * satisfy the domain schema of its table (rows are parsed, so defaults fill in as on every read),
 * belong to `projectId`, sit under the id its content gives (`docIdOf`, so one row cannot pose as
 * another), and be a row that database may hold — a coder's database only that coder's spans,
 * article codings and speakers; the project database no coder's span except the consensus.
 * A server that answers garbage thus never writes into IndexedDB.
 */
export function parseIncomingDocument(
  doc: unknown,
  projectId: string,
  role: DatabaseRole,
): IncomingDocument {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return refuse('not an object')
  const d = doc as Record<string, unknown>
  const id = typeof d['_id'] === 'string' ? d['_id'] : ''
  const table = tableOfType(d['type'])
  if (table === null)
    return refuse(`${id || 'a document'}: unknown type ${JSON.stringify(d['type'])}`)
  if (d['projectId'] !== projectId) return refuse(`${id}: belongs to another project`)
  const raw = d['row']
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return refuse(`${id}: no row`)
  const row = parseRow(table, raw as Row)
  if (!row.ok) return refuse(`${id}: ${row.reason}`)
  if (docIdOf(table, row.row) !== id) return refuse(`${id}: its content names another row`)
  if (
    table === 'projects' ? row.row['id'] !== projectId : rowProject(table, row.row) !== projectId
  ) {
    return refuse(`${id}: belongs to another project`)
  }
  if (role.kind === 'coder') {
    if (!CODER_TABLES.has(table)) return refuse(`${id}: a coder's database holds no ${table}`)
    if (table !== 'speakers' && row.row['coder'] !== role.owner) {
      return refuse(`${id}: coded by ${String(row.row['coder'])} in ${role.owner}'s database`)
    }
  } else if (table === 'annotations' && row.row['coder'] !== CONSENSUS_CODER) {
    return refuse(`${id}: a coder's span in the project database`)
  } else if (table === 'articleCodings') {
    return refuse(`${id}: an article coding in the project database`)
  }
  return { ok: true, table, row: row.row }
}

function rowProject(table: SyncedTable, row: Row): unknown {
  if (table === 'settings') return parseProjectSettingKey(String(row['key']))?.projectId
  return row['projectId']
}

function parseRow(
  table: SyncedTable,
  raw: Row,
): { ok: true; row: Row } | { ok: false; reason: string } {
  if (table === 'settings') {
    const key = typeof raw['key'] === 'string' ? parseProjectSettingKey(raw['key']) : null
    if (!key) return { ok: false, reason: 'not a project setting' }
    const value = PROJECT_SETTINGS[key.prefix].safeParse(raw['value'])
    if (!value.success) return { ok: false, reason: value.error.issues[0]?.message ?? 'invalid' }
    return { ok: true, row: { key: raw['key'], value: value.data } }
  }
  const parsed = ROW_SCHEMAS[table].safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return {
      ok: false,
      reason: `${issue?.path.join('.') || 'row'}: ${issue?.message ?? 'invalid'}`,
    }
  }
  return { ok: true, row: parsed.data as Row }
}
