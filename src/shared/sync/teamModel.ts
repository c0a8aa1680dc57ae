import { z } from 'zod'
import { isReservedCoderName } from '../agreement/consensusCoder'

/**
 * A team member's CouchDB user name, which is also their coder name in the project (the name on
 * every span they code). Letters, digits, spaces and `. _ ' -`, starting with a letter or digit,
 * at most 60 characters: safe in a CouchDB user id (`org.couchdb.user:<name>`), in a URL and in a
 * CSV `coder` column. "Consensus" is reserved for the adjudicated layer.
 */
export const memberNameSchema = z
  .string()
  .trim()
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} ._'-]{0,59}$/u, {
    message:
      "Use 1–60 letters, digits, spaces or . _ ' - for a user name, starting with a letter or digit.",
  })
  .refine((name) => !isReservedCoderName(name), {
    message: '“Consensus” is reserved for the adjudicated layer.',
  })

/** A coder of a team project and the database that holds their coding. */
export const teamCoderSchema = z.object({
  user: memberNameSchema,
  db: z.string().min(1),
  /** False once the lead removed the coder: their database stays, they no longer read or write. */
  active: z.boolean(),
})

/** A coder entry of the team document. */
export type TeamCoder = z.infer<typeof teamCoderSchema>

/** Id of the team document in the project database. */
export const TEAM_DOC_ID = 'team'

/**
 * The team document, kept in the project database (written by the lead when setting up, adding
 * or removing a coder, unblinding): who leads, who codes and where each coder's work lives.
 */
export const teamDocSchema = z.object({
  type: z.literal('team'),
  projectId: z.string().min(1),
  lead: memberNameSchema,
  coders: z.array(teamCoderSchema),
  /** True once the lead let every coder read every coder's database. */
  unblinded: z.boolean(),
  updatedAt: z.number(),
})

/** The team document's content (without `_id` and `_rev`). */
export type TeamDoc = z.infer<typeof teamDocSchema>

/**
 * This computer's link of a local project to its team databases: the server, who signs in and
 * as what, and the team as last read. Kept in the `settings` table under `teamKey(projectId)`
 * (so the journal and snapshots keep it), never synced, and never holding a password.
 */
export const teamConfigSchema = z.object({
  projectId: z.string().min(1),
  server: z.string().url(),
  user: memberNameSchema,
  projectDb: z.string().min(1),
  team: teamDocSchema,
})

/** A project's team link on this computer. */
export type TeamConfig = z.infer<typeof teamConfigSchema>

/** Settings key of a project's team link. */
export const teamKey = (projectId: string): string => `team:${projectId}`

/** Whether the signed-in user leads the team. */
export function isLead(config: Pick<TeamConfig, 'user' | 'team'>): boolean {
  return config.team.lead === config.user
}

/**
 * The databases this user reads, with whether they write them: the project database (written by
 * the lead), their own coder database, and, for the lead or once unblinded, every other active
 * coder's database (read only).
 */
export function readableDatabases(
  config: Pick<TeamConfig, 'user' | 'team' | 'projectDb'>,
): { db: string; owner: string | null; writable: boolean }[] {
  const lead = isLead(config)
  const list: { db: string; owner: string | null; writable: boolean }[] = [
    { db: config.projectDb, owner: null, writable: lead },
  ]
  for (const coder of config.team.coders) {
    const mine = coder.user === config.user
    if (mine && coder.active) list.push({ db: coder.db, owner: coder.user, writable: true })
    else if (!mine && (lead || config.team.unblinded)) {
      list.push({ db: coder.db, owner: coder.user, writable: false })
    }
  }
  return list
}
