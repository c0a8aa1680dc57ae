import { z } from 'zod'
import { dimensionKindSchema } from '../domain/codebook'

/** Start of the one line in a code's description that carries what REFI-QDA has no place for. */
export const META_PREFIX = 'newscoder:'

const dimensionMetaSchema = z.object({
  dimension: z.string().min(1),
  column: z.string().regex(/^[a-z][a-z0-9_]*$/),
  kind: dimensionKindSchema,
  scope: z.enum(['span', 'article']),
  required: z.boolean().optional(),
  showWhen: z
    .object({ dimensionId: z.string().min(1), valueIds: z.array(z.string()).min(1) })
    .optional(),
})

const valueMetaSchema = z.object({
  value: z.string().min(1),
  rank: z.number().nullable().optional(),
  shortcut: z.string().max(1).optional(),
})

const speakerMetaSchema = z.object({ speaker: z.string().min(1) })

/** Newscoder facts about a top-level code that stands for a codebook dimension. */
export type DimensionMeta = z.infer<typeof dimensionMetaSchema>
/** Newscoder facts about a code that stands for a value of a dimension. */
export type ValueMeta = z.infer<typeof valueMetaSchema>
/** Newscoder facts about a code that stands for a speaker of the registry. */
export type SpeakerMeta = z.infer<typeof speakerMetaSchema>
/** Any of the three. */
export type CodeMeta = DimensionMeta | ValueMeta | SpeakerMeta

/**
 * Returns a code description: the human text, then (on its own last line) `META_PREFIX` and
 * the JSON of `meta`. Other QDA tools show it as a line of the description; Newscoder reads it back
 * to restore dimension kinds, columns, ids and ranks that REFI-QDA's code tree cannot hold
 * (docs/adr/0007-refi-qda-mapping.md).
 */
export function withMeta(text: string, meta: CodeMeta): string {
  const line = META_PREFIX + JSON.stringify(meta)
  return text.length > 0 ? `${text}\n${line}` : line
}

/**
 * Splits a code description into its human text and the Newscoder facts of its last line, if that
 * line is a well-formed one (a malformed line stays part of the text, so nothing is lost).
 */
export function readMeta(description: string): { text: string; meta: CodeMeta | null } {
  const cut = description.lastIndexOf('\n')
  const line = description.slice(cut + 1).trim()
  if (!line.startsWith(META_PREFIX)) return { text: description, meta: null }
  let json: unknown
  try {
    json = JSON.parse(line.slice(META_PREFIX.length))
  } catch {
    return { text: description, meta: null }
  }
  const text = cut < 0 ? '' : description.slice(0, cut)
  for (const schema of [dimensionMetaSchema, valueMetaSchema, speakerMetaSchema]) {
    const parsed = schema.safeParse(json)
    if (parsed.success) return { text, meta: parsed.data }
  }
  return { text: description, meta: null }
}
