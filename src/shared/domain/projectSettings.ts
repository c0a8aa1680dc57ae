import { z } from 'zod'

/**
 * Project-wide records kept in the `settings` table, one row per project, keyed by a prefix and
 * the project id. They belong to the project (a team project shares them through its project
 * database), unlike the installation's own settings (coder name, theme, last project).
 */

/** How a consensus came about (see `adjudicationDecisionSchema`). */
export const decisionBasisSchema = z.enum(['accepted', 'edited', 'free-form'])

/** One adjudication decision: who settled which unit, when, from whose version, and why. */
export const adjudicationDecisionSchema = z.object({
  /** The consensus annotation the decision produced. */
  consensusId: z.string().min(1),
  documentId: z.string().min(1),
  /** The coders' annotations that made up the unit. */
  unitSpanIds: z.array(z.string()),
  /** The coder whose version was accepted or edited, or null for a consensus written anew. */
  fromCoder: z.string().nullable(),
  fromAnnotationId: z.string().nullable(),
  /** How the consensus was made; absent in records written before it was recorded ('accepted'). */
  basis: decisionBasisSchema.optional(),
  reason: z.string(),
  decidedBy: z.string(),
  decidedAt: z.number(),
})

/** An adjudication decision as stored. */
export type AdjudicationDecision = z.infer<typeof adjudicationDecisionSchema>

/** A project's reliability sample: the drawn ids and how they were drawn (seed, size, strata). */
export const storedSampleSchema = z.object({
  ids: z.array(z.string()),
  seed: z.number(),
  size: z.union([
    z.object({ count: z.number().int().nonnegative() }),
    z.object({ fraction: z.number().min(0).max(1) }),
  ]),
  stratified: z.boolean(),
  allocation: z.array(z.object({ stratum: z.string(), population: z.number(), drawn: z.number() })),
  drawnAt: z.number(),
})

/** A reliability sample as stored. */
export type StoredSample = z.infer<typeof storedSampleSchema>

/** Settings key of a project's adjudication record. */
export const decisionsKey = (projectId: string): string => `adjudication:${projectId}`

/** Settings key of a project's reliability sample. */
export const sampleKey = (projectId: string): string => `reliabilitySample:${projectId}`

/** Settings key of a project's blind-mode flag. */
export const blindKey = (projectId: string): string => `blindMode:${projectId}`

/**
 * The project-wide settings rows by key prefix, with the schema of their value. A settings row
 * whose key has none of these prefixes belongs to the installation, not to a project.
 */
export const PROJECT_SETTINGS = {
  'adjudication:': z.array(adjudicationDecisionSchema),
  'reliabilitySample:': storedSampleSchema,
  'blindMode:': z.boolean(),
} as const

/** A prefix of `PROJECT_SETTINGS`. */
export type ProjectSettingPrefix = keyof typeof PROJECT_SETTINGS

/**
 * Returns the prefix and project id of a project-wide settings key, or null for the
 * installation's own settings (and for a key whose project id part is empty).
 */
export function parseProjectSettingKey(
  key: string,
): { prefix: ProjectSettingPrefix; projectId: string } | null {
  for (const prefix of Object.keys(PROJECT_SETTINGS) as ProjectSettingPrefix[]) {
    if (key.startsWith(prefix) && key.length > prefix.length) {
      return { prefix, projectId: key.slice(prefix.length) }
    }
  }
  return null
}
