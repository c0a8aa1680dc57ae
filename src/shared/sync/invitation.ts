import { normaliseServerUrl } from './databaseNames'
import { memberNameSchema } from './teamModel'

/** What a coder needs to join: the server, the project database and their user name. */
export type Invitation = { server: string; projectDb: string; user: string }

/**
 * Returns the invitation the lead hands a coder: the project database's address with the user
 * name after `#user=` (the password travels separately, never in the invitation). The fragment
 * never reaches a server, so pasting the link into a browser leaks nothing.
 */
export function formatInvitation(invitation: Invitation): string {
  return `${invitation.server}/${invitation.projectDb}#user=${encodeURIComponent(invitation.user)}`
}

/** Reads an invitation; throws with what is wrong with it. */
export function parseInvitation(text: string): Invitation {
  const trimmed = text.trim()
  const hash = trimmed.indexOf('#user=')
  if (hash < 0) throw new Error('This is not a Newscoder invitation (it has no “#user=” part).')
  const address = trimmed.slice(0, hash).replace(/\/+$/, '')
  const slash = address.lastIndexOf('/')
  const projectDb = address.slice(slash + 1)
  if (!/^newscoder-[0-9a-f]{16}$/.test(projectDb)) {
    throw new Error('This invitation does not name a Newscoder project database.')
  }
  const server = normaliseServerUrl(address.slice(0, slash))
  let user: string
  try {
    user = decodeURIComponent(trimmed.slice(hash + '#user='.length))
  } catch {
    throw new Error('The user name in this invitation is garbled.')
  }
  const name = memberNameSchema.safeParse(user)
  if (!name.success) throw new Error(name.error.issues[0]?.message ?? 'Invalid user name.')
  return { server, projectDb, user: name.data }
}
