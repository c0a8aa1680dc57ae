import type { TeamDoc } from './teamModel'

/** A CouchDB `_security` object: who administers and who may read and write a database. */
export type SecurityObject = {
  admins: { names: string[]; roles: string[] }
  members: { names: string[]; roles: string[] }
}

/** Id of the design document that carries Newscoder's `validate_doc_update`. */
export const DESIGN_DOC_ID = '_design/newscoder'

const security = (names: string[]): SecurityObject => ({
  // No database admins: only the server's admins change security or design documents, so the
  // lead cannot loosen a coder's database without the admin credentials either.
  admins: { names: [], roles: [] },
  members: { names: [...new Set(names)].sort(), roles: [] },
})

/**
 * Returns the project database's `_security`: the lead and every active coder are members (they
 * read it); what they may write is the design document's business.
 */
export function projectSecurity(team: Pick<TeamDoc, 'lead' | 'coders'>): SecurityObject {
  return security([team.lead, ...team.coders.filter((c) => c.active).map((c) => c.user)])
}

/**
 * Returns a coder database's `_security`: its coder and the lead read it; once the lead unblinds,
 * every active coder does. A removed coder reads nothing.
 */
export function coderSecurity(
  team: Pick<TeamDoc, 'lead' | 'coders' | 'unblinded'>,
  owner: string,
): SecurityObject {
  const active = team.coders.filter((c) => c.active).map((c) => c.user)
  const ownerActive = active.includes(owner)
  return security([team.lead, ...(team.unblinded ? active : ownerActive ? [owner] : [])])
}

/**
 * Returns the project database's design document: its `validate_doc_update` lets only the lead
 * (and server admins) write, and only documents with a `type`. CouchDB runs it on every write,
 * replication included, so the rule holds on the server whatever a client does.
 */
export function projectDesignDoc(lead: string): { _id: string; validate_doc_update: string } {
  return {
    _id: DESIGN_DOC_ID,
    validate_doc_update: `function (newDoc, oldDoc, userCtx) {
  if (userCtx.roles.indexOf('_admin') !== -1) return;
  if (userCtx.name !== ${JSON.stringify(lead)}) {
    throw({ forbidden: 'Only the lead (' + ${JSON.stringify(lead)} + ') changes the project database.' });
  }
  if (!newDoc._deleted && typeof newDoc.type !== 'string') {
    throw({ forbidden: 'A Newscoder document needs a type.' });
  }
}`,
  }
}

/**
 * Returns a coder database's design document: only its coder (and server admins) write, only
 * spans, article codings and speakers, and spans and codings only under the coder's own name, so
 * nobody's work can be written in another's name.
 */
export function coderDesignDoc(owner: string): { _id: string; validate_doc_update: string } {
  return {
    _id: DESIGN_DOC_ID,
    validate_doc_update: `function (newDoc, oldDoc, userCtx) {
  if (userCtx.roles.indexOf('_admin') !== -1) return;
  var owner = ${JSON.stringify(owner)};
  if (userCtx.name !== owner) throw({ forbidden: 'Only ' + owner + ' writes this database.' });
  if (newDoc._deleted) return;
  if (['annotation', 'articleCoding', 'speaker'].indexOf(newDoc.type) === -1) {
    throw({ forbidden: 'A coder database holds spans, article codings and speakers only.' });
  }
  if (newDoc.type !== 'speaker' && (!newDoc.row || newDoc.row.coder !== owner)) {
    throw({ forbidden: 'Spans and codings here must be coded by ' + owner + '.' });
  }
}`,
  }
}
