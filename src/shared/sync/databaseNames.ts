import { sha256Hex } from '../text/sha256Hex'

/**
 * Returns the name of a project's CouchDB database: `newscoder-` and 16 hex digits of the
 * project id's sha256. CouchDB database names allow only `a-z 0-9 _ $ ( ) + - /` and must start
 * with a letter, so the id is hashed rather than used; 64 bits make a collision between two
 * projects on one server negligible.
 */
export function projectDatabaseName(projectId: string): string {
  return `newscoder-${sha256Hex(projectId).slice(0, 16)}`
}

/**
 * Returns the name of a coder's database in a project: the project database's name, the user
 * name reduced to at most 20 of `a-z 0-9`, and 8 hex digits of the user name's sha256, so that
 * "Ann" and "ann" (two CouchDB users) never share a database while a server admin can still tell
 * whose it is.
 */
export function coderDatabaseName(projectDb: string, user: string): string {
  const slug = user
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '')
    .slice(0, 20)
  return `${projectDb}-coder-${slug || 'x'}-${sha256Hex(user).slice(0, 8)}`
}

/**
 * Returns the server's base URL as the user meant it: trimmed, without a trailing slash, query or
 * fragment (a reverse proxy may serve CouchDB under a path, which is kept). Throws when it is not
 * an http(s) URL.
 */
export function normaliseServerUrl(input: string): string {
  let url: URL
  try {
    url = new URL(input.trim())
  } catch {
    throw new Error('That is not a web address. Enter the server as https://host[:port].')
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error('The server address must start with https:// (or http:// on this computer).')
  }
  if (url.username || url.password) {
    throw new Error('Leave the user name and password out of the address; enter them below.')
  }
  return `${url.origin}${url.pathname}`.replace(/\/+$/, '')
}
