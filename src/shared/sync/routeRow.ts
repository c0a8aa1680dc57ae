import { CONSENSUS_CODER } from '../agreement/consensusCoder'
import type { Row } from './docIds'
import type { SyncedTable } from './syncTables'

/** Where a row written on this computer goes. */
export type Route =
  | { kind: 'project' }
  | { kind: 'coder'; user: string }
  /** It stays on this computer, for the reason given (shown in the Team panel's count). */
  | { kind: 'local'; reason: string }

/** Who is writing: the signed-in user and whether they lead the team. */
export type Writer = { user: string; lead: boolean }

const LEAD_ONLY = 'only the lead changes the project (documents, codebook, sample, consensus)'

/**
 * Returns the database a row written on this computer belongs to. A coder's spans and article
 * codings go to their own database; the consensus and everything about the project (documents,
 * texts, codebook and its history, sample, blind mode, decisions) to the project database, which
 * only the lead writes; a speaker to the project database when the lead creates or edits it, to
 * the coder's database when a coder does (the lead's computer then adds it to the registry).
 * What the writer may not write — another coder's span, a coder's codebook edit — stays local,
 * with the reason, instead of being refused by the server on every sync.
 */
export function routeRow(table: SyncedTable, row: Row, writer: Writer): Route {
  if (table === 'annotations' || table === 'articleCodings') {
    const coder = row['coder']
    if (table === 'annotations' && coder === CONSENSUS_CODER) {
      return writer.lead ? { kind: 'project' } : { kind: 'local', reason: LEAD_ONLY }
    }
    if (coder === writer.user) return { kind: 'coder', user: writer.user }
    return { kind: 'local', reason: `coded by ${String(coder)}, not by ${writer.user}` }
  }
  if (table === 'speakers') {
    return writer.lead ? { kind: 'project' } : { kind: 'coder', user: writer.user }
  }
  return writer.lead ? { kind: 'project' } : { kind: 'local', reason: LEAD_ONLY }
}
